import Varlink

/// The declared errors of the daemon's interfaces, built with their parameters.
public enum KhuyenHocErrors {
    public static func communeNotFound(code: String, asOf: String?) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).CommuneNotFound", parameters: [
            "code": .string(code), "asOf": asOf.map(JSONValue.string) ?? .null,
        ])
    }

    /// A parameter of a `vn.khuyenhoc.Registry` method that cannot be used, and why.
    public static func invalidValue(field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).InvalidValue", parameters: [
            "field": .string(field), "reason": .string(reason),
        ])
    }

    /// No record of `entity` has `id`; `field` is the parameter that named it.
    public static func recordNotFound(entity: String, id: Int64, field: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).RecordNotFound", parameters: [
            "entity": .string(entity), "id": .number(Double(id)), "field": .string(field),
        ])
    }

    /// A value breaks a rule of the registry: the kind of record, the field and why.
    public static func constraintViolated(entity: String, field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).ConstraintViolated", parameters: [
            "entity": .string(entity), "field": .string(field), "reason": .string(reason),
        ])
    }

    public static func duplicateStatisticsCode(_ code: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).DuplicateStatisticsCode", parameters: ["code": .string(code)])
    }

    /// The disk is full; nothing was written.
    public static func storageFull(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).StorageFull", parameters: ["reason": .string(reason)])
    }

    public static func storageFailed(_ reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).StorageFailed", parameters: ["reason": .string(reason)])
    }

    public static func modelNotFound(_ model: String, interface: String = KhuyenHocInterfaces.models) -> VarlinkError {
        VarlinkError("\(interface).ModelNotFound", parameters: ["model": .string(model)])
    }

    /// `ReleaseModel` of a model whose plugin has no crash on record: there is nothing to release.
    public static func modelNotDisabled(_ model: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.models).ModelNotDisabled", parameters: ["model": .string(model)])
    }

    public static func variantNotFound(model: String, variant: String?, known: [String]) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.models).VariantNotFound", parameters: [
            "model": .string(model),
            "variant": variant.map(JSONValue.string) ?? .null,
            "known": .array(known.map(JSONValue.string)),
        ])
    }

    /// No rubric of the model has that version, or none applies to that year.
    public static func rubricNotFound(
        model: String, version: String?, year: Int?, known: [String], interface: String = KhuyenHocInterfaces.models
    ) -> VarlinkError {
        VarlinkError("\(interface).RubricNotFound", parameters: [
            "model": .string(model),
            "version": version.map(JSONValue.string) ?? .null,
            "year": year.map { .number(Double($0)) } ?? .null,
            "known": .array(known.map(JSONValue.string)),
        ])
    }

    public static func invalidFacts(model: String, field: String, reason: String) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.evaluation).InvalidFacts", parameters: [
            "model": .string(model), "field": .string(field), "reason": .string(reason),
        ])
    }

    public static func pluginFailed(model: String, reason: String, interface: String = KhuyenHocInterfaces.evaluation) -> VarlinkError {
        VarlinkError("\(interface).PluginFailed", parameters: [
            "model": .string(model), "reason": .string(reason),
        ])
    }

    public static let frameTooLarge = "\(KhuyenHocInterfaces.service).FrameTooLarge"
    public static let malformedCall = "\(KhuyenHocInterfaces.service).MalformedCall"
    public static let tooManyConnections = "\(KhuyenHocInterfaces.service).TooManyConnections"
    public static let internalError = "\(KhuyenHocInterfaces.service).InternalError"
}
