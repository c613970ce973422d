import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Reads the parameters of `vn.khuyenhoc.Rollout` methods, refusing a wrong one with
/// `InvalidValue` naming the field and what it must be.
enum RolloutArguments {
    static func model(_ text: String, field: String = "model") throws(VarlinkError) -> RegistryModel {
        guard let model = RegistryModel(rawValue: text) else {
            throw KhuyenHocErrors.rolloutInvalidValue(
                field: field, reason: "must be one of \(RegistryModel.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return model
    }

    /// The models asked for: one, or all five in their order.
    static func models(_ text: String?) throws(VarlinkError) -> [RegistryModel] {
        guard let text else { return RegistryModel.allCases }
        return [try model(text)]
    }

    static func phase(_ text: String, field: String = "phase") throws(VarlinkError) -> RolloutPhase {
        guard let phase = RolloutPhase(rawValue: text) else {
            throw KhuyenHocErrors.rolloutInvalidValue(
                field: field, reason: "must be one of \(RolloutPhase.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return phase
    }

    static func day(_ text: String?, field: String) throws(VarlinkError) -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(text) else {
            throw KhuyenHocErrors.rolloutInvalidValue(field: field, reason: "must be a real day written YYYY-MM-DD, such as 2024-12-01, not “\(text)”")
        }
        return day
    }

    static func code(_ text: String, field: String) throws(VarlinkError) -> String {
        guard text.utf8.count == 5, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.rolloutInvalidValue(field: field, reason: "must be a 5-digit statistics code, such as 10144, not “\(text)”")
        }
        return text
    }

    /// A plan's days by phase: each phase once, never `notStarted`, days not going down as the
    /// phases go up.
    static func plan(_ entries: [PhaseDeadlineInfo]) throws(VarlinkError) -> [RolloutPhase: CalendarDate] {
        guard !entries.isEmpty else {
            throw KhuyenHocErrors.rolloutInvalidValue(field: "plan", reason: "must give the day of at least one phase")
        }
        var days: [RolloutPhase: (due: CalendarDate, index: Int)] = [:]
        for (index, entry) in entries.enumerated() {
            let phase = try phase(entry.phase, field: "plan[\(index)].phase")
            if phase == .notStarted {
                throw KhuyenHocErrors.rolloutInvalidValue(
                    field: "plan[\(index)].phase", reason: "notStarted has no planned day: every commune begins there")
            }
            if days[phase] != nil {
                throw KhuyenHocErrors.rolloutInvalidValue(field: "plan[\(index)].phase", reason: "\(phase.rawValue) is given twice")
            }
            days[phase] = (try day(entry.due, field: "plan[\(index)].due")!, index)
        }
        if let (earlier, later) = RolloutRules.outOfOrder(days.mapValues(\.due)) {
            throw KhuyenHocErrors.rolloutInvalidValue(
                field: "plan[\(days[later]!.index)].due",
                reason: "\(later.rawValue) would be due \(days[later]!.due), before \(earlier.rawValue) (\(days[earlier]!.due))")
        }
        return days.mapValues(\.due)
    }
}
