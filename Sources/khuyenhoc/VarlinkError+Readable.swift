import Varlink

extension VarlinkError {
    /// The error's short name and what it means in one line, e.g.
    /// `InvalidFacts: field scores.sl2 — 11 is outside 0…10 points`.
    func readable(_ text: Localizer) -> String {
        let shortName = name.split(separator: ".").last.map(String.init) ?? name
        return "\(shortName): \(explanation(text))"
    }

    private func explanation(_ text: Localizer) -> String {
        switch name {
        case "vn.khuyenhoc.Models.ModelNotFound", "vn.khuyenhoc.Evaluation.ModelNotFound":
            return text(.modelNotFound(model: string("model")))
        case "vn.khuyenhoc.Models.ModelNotDisabled":
            return text(.modelNotDisabled(model: string("model")))
        case "vn.khuyenhoc.Models.VariantNotFound":
            return text(.variantNotFound(
                model: string("model"), variant: parameters["variant"].flatMap(Self.optionalString), known: list("known")))
        case "vn.khuyenhoc.Models.RubricNotFound":
            return text(.rubricNotFound(
                model: string("model"), version: parameters["version"].flatMap(Self.optionalString),
                year: parameters["year"].flatMap(Self.optionalString), known: list("known")))
        case "vn.khuyenhoc.Evaluation.InvalidFacts":
            return text(.invalidFacts(field: string("field"), reason: string("reason")))
        case "vn.khuyenhoc.Evaluation.PluginFailed":
            return text(.pluginFailed(model: string("model"), reason: string("reason")))
        case "vn.khuyenhoc.Registry.RecordNotFound":
            return text.record(.recordNotFound(entity: string("entity"), id: string("id"), field: string("field")))
        case "vn.khuyenhoc.Registry.InvalidValue":
            return text.record(.invalidValue(field: string("field"), reason: string("reason")))
        case "vn.khuyenhoc.Registry.ConstraintViolated":
            return text.record(.constraintViolated(field: string("field"), reason: string("reason")))
        case "vn.khuyenhoc.Reports.CommuneNotInYear":
            return communeNotInYear(text)
        case "vn.khuyenhoc.Reports.CommuneNotFound":
            return text.report(.communeUnknown(code: string("code")))
        case "vn.khuyenhoc.Reports.InvalidValue":
            return text.report(.invalidValue(field: string("field"), reason: string("reason")))
        case "vn.khuyenhoc.Rollout.InvalidValue":
            return text.rollout(.invalidValue(field: string("field"), reason: string("reason")))
        case "vn.khuyenhoc.Rollout.CommuneNotFound":
            return text.rollout(.communeUnknown(code: string("code")))
        case "vn.khuyenhoc.Rollout.CommuneReadOnly":
            return communeReadOnly(text)
        case "vn.khuyenhoc.Rollout.NoteRequired":
            return text.rollout(.noteRequired(
                from: text.rollout(.phaseName(string("from"))), to: text.rollout(.phaseName(string("to")))))
        case "vn.khuyenhoc.Reminders.InvalidValue":
            let field = string("field")
            return text.reminder(.invalidValue(field: field, option: ReminderPhrase.option(forField: field), reason: string("reason")))
        case "vn.khuyenhoc.Reminders.CommuneNotFound":
            return text.rollout(.communeUnknown(code: string("code")))
        case "vn.khuyenhoc.Reminders.DeadlineNotFound":
            return text.reminder(.deadlineNotFound(id: string("id")))
        case "vn.khuyenhoc.Reminders.DeliveryNotFound":
            return text.reminder(.deliveryNotFound(id: string("id")))
        case "vn.khuyenhoc.Reminders.ManagedByRollout":
            return managedByRollout(text)
        case "vn.khuyenhoc.Reminders.StorageFailed":
            return text(.daemonFailed(string("reason")))
        case "vn.khuyenhoc.Registry.StorageFull", "vn.khuyenhoc.Rollout.StorageFull", "vn.khuyenhoc.Reminders.StorageFull":
            return text(.storageFull)
        case "org.varlink.service.PermissionDenied":
            return text(.notAllowed)
        case "org.varlink.service.MethodNotFound", "org.varlink.service.MethodNotImplemented":
            return text(.methodNotFound(string("method")))
        case "org.varlink.service.InterfaceNotFound":
            return text(.methodNotFound(string("interface")))
        case "org.varlink.service.InvalidParameter":
            return text(.invalidParameter(string("parameter")))
        case "vn.khuyenhoc.Service.InternalError", "vn.khuyenhoc.Service.MalformedCall":
            return text(.daemonFailed(string("reason")))
        case "vn.khuyenhoc.Service.FrameTooLarge":
            return text(.frameTooLarge(limit: string("limit")))
        case "vn.khuyenhoc.Service.TooManyConnections":
            return text(.tooManyConnections(limit: string("limit")))
        default:
            return parameters.sorted { $0.key < $1.key }
                .map { "\($0.key) \(Self.plain($0.value))" }
                .joined(separator: ", ")
        }
    }

    /// Which commune the code named instead, and the codes to ask for.
    private func communeNotInYear(_ text: Localizer) -> String {
        func reference(_ value: JSONValue?) -> String? {
            guard case .object(let members)? = value, case .string(let code)? = members["code"],
                  case .string(let name)? = members["name"] else { return nil }
            return "\(name) (\(code))"
        }
        let year = Int(string("year")) ?? 0
        if let into = reference(parameters["mergedInto"]) {
            return text.report(.communeNotInYearMerged(
                name: string("name"), code: string("code"), year: year, into: into, on: string("mergedOn")))
        }
        guard case .array(let replaced)? = parameters["replaced"] else { return "" }
        return text.report(.communeNotInYearLater(
            name: string("name"), code: string("code"), year: year, validFrom: string("validFrom"),
            replaced: replaced.compactMap(reference).joined(separator: ", ")))
    }

    /// Where a commune that can no longer be changed went.
    private func communeReadOnly(_ text: Localizer) -> String {
        var into: String?
        if case .object(let members)? = parameters["mergedInto"], case .string(let code)? = members["code"],
           case .string(let name)? = members["name"] {
            into = "\(name) (\(code))"
        }
        return text.rollout(.communeReadOnly(
            name: string("name"), code: string("code"), into: into, on: parameters["mergedOn"].flatMap(Self.optionalString),
            until: parameters["validUntil"].flatMap(Self.optionalString)))
    }

    /// Which commune, model and phase the rollout deadline is the planned day of.
    private func managedByRollout(_ text: Localizer) -> String {
        var commune = "?"
        if case .object(let members)? = parameters["commune"], case .string(let code)? = members["code"],
           case .string(let name)? = members["name"] {
            commune = "\(name) (\(code))"
        }
        return text.reminder(.managedByRollout(
            id: string("id"), commune: commune, model: text(RollUpPhrase.modelName(string("model"))),
            phase: text.rollout(.phaseName(string("phase")))))
    }

    /// A list parameter as `a, b, c`.
    private func list(_ key: String) -> String {
        guard case .array(let items)? = parameters[key] else { return "" }
        return items.map(Self.plain).joined(separator: ", ")
    }

    private func string(_ key: String) -> String {
        parameters[key].map(Self.plain) ?? "?"
    }

    private static func optionalString(_ value: JSONValue) -> String? {
        if case .null = value { return nil }
        return plain(value)
    }

    /// A parameter as a person reads it: strings without quotes, whole numbers without `.0`.
    private static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Localizer(language: .english).points(number)
        case .string(let string): return string
        case .array(let items): return "[" + items.map(plain).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.sorted { $0.key < $1.key }.map { "\($0.key): \(plain($0.value))" }
                .joined(separator: ", ") + "}"
        }
    }
}
