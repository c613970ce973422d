import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocStore
import Varlink

/// Every commune of the registry, read once per call, to resolve the codes and areas of
/// `vn.khuyenhoc.Reminders` and to name communes in replies.
struct ReminderCommunes: Sendable {
    let timeline: CommuneTimeline

    static func load(_ registry: any RegistryStore) async throws(VarlinkError) -> ReminderCommunes {
        do {
            return ReminderCommunes(timeline: try await CommuneTimeline.load(from: registry))
        } catch {
            throw RemindersCall.varlinkError(.storage(error))
        }
    }

    func reference(id: Int64) -> CommuneReference? {
        timeline.commune(id: id).map { CommuneReference(code: $0.statisticsCode, name: $0.name) }
    }

    /// The deadlines an `area` (a commune's code: that commune, with the communes merged into it,
    /// and the district's) and a `model` select.
    func filter(area: String?, model: String?, today: CalendarDate) throws(VarlinkError) -> ReminderFilter {
        let model = try model.map { (text) throws(VarlinkError) in try Self.model(text, field: "model") }
        guard let area else { return ReminderFilter(communeIDs: nil, model: model) }
        let commune = try latest(code: area, field: "area")
        let ids = timeline.counted(under: commune, on: today).compactMap(\.id)
        return ReminderFilter(communeIDs: Set(ids), model: model)
    }

    /// The commune a code names in a write: the latest with the code, which must exist today.
    func forWriting(code: String, field: String, today: CalendarDate) throws(VarlinkError) -> Commune {
        let commune = try latest(code: code, field: field)
        if let validUntil = commune.validUntil, validUntil < today {
            let successor = commune.mergedInto.flatMap { timeline.commune(id: $0) }
            throw KhuyenHocErrors.remindersInvalidValue(
                field: field,
                reason: "\(commune.name) (\(commune.statisticsCode)) no longer exists since \(validUntil)"
                    + (successor.map { "; it was merged into \($0.name) (\($0.statisticsCode))" } ?? ""))
        }
        return commune
    }

    /// The latest commune with the code (periods of one code never overlap).
    private func latest(code: String, field: String) throws(VarlinkError) -> Commune {
        guard code.utf8.count == 5, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.remindersInvalidValue(field: field, reason: "must be a 5-digit statistics code, such as 10144, not “\(code)”")
        }
        let candidates = timeline.communes.filter { $0.statisticsCode == code }
        guard let latest = candidates.max(by: { ($0.validFrom?.description ?? "") < ($1.validFrom?.description ?? "") }) else {
            throw KhuyenHocErrors.remindersCommuneNotFound(field: field, code: code)
        }
        return latest
    }

    static func model(_ text: String, field: String) throws(VarlinkError) -> RegistryModel {
        guard let model = RegistryModel(rawValue: text) else {
            throw KhuyenHocErrors.remindersInvalidValue(
                field: field, reason: "must be one of \(RegistryModel.allCases.map(\.rawValue).joined(separator: ", ")), not “\(text)”")
        }
        return model
    }
}
