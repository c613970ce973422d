import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocStore
import Varlink

/// Every commune of the registry, read once per call, to resolve the codes and areas of
/// `vn.khuyenhoc.Rollout` and to name communes in replies and errors.
struct RolloutCommunes {
    let timeline: CommuneTimeline
    private let byID: [Int64: Commune]

    static func load(_ store: any RolloutStore) async throws(VarlinkError) -> RolloutCommunes {
        do {
            return RolloutCommunes(timeline: try await CommuneTimeline.load(from: store))
        } catch {
            throw RolloutCall.varlinkError(.storage(error), communes: nil, field: "")
        }
    }

    private init(timeline: CommuneTimeline) {
        self.timeline = timeline
        byID = Dictionary(timeline.communes.compactMap { commune in commune.id.map { ($0, commune) } }, uniquingKeysWith: { first, _ in first })
    }

    func commune(id: Int64) -> Commune? { byID[id] }

    func reference(_ commune: Commune) -> CommuneReference {
        CommuneReference(code: commune.statisticsCode, name: commune.name)
    }

    /// The commune a code names in a read: the one that carried it on `day`, else the latest
    /// one with the code (a merged commune's history stays readable).
    func forReading(code: String, field: String, on day: CalendarDate?, asOf: String?) throws(VarlinkError) -> Commune {
        let code = try RolloutArguments.code(code, field: field)
        let candidates = timeline.communes.filter { $0.statisticsCode == code }
        if let day, let found = candidates.first(where: { $0.existed(on: day) }) { return found }
        guard let latest = Self.latest(candidates) else {
            throw KhuyenHocErrors.rolloutCommuneNotFound(field: field, code: code, asOf: asOf)
        }
        return latest
    }

    /// The commune a code names in a write: the latest one with the code, which must still exist
    /// today.
    func forWriting(code: String, field: String, today: CalendarDate) throws(VarlinkError) -> Commune {
        let code = try RolloutArguments.code(code, field: field)
        guard let latest = Self.latest(timeline.communes.filter { $0.statisticsCode == code }) else {
            throw KhuyenHocErrors.rolloutCommuneNotFound(field: field, code: code, asOf: nil)
        }
        if let validUntil = latest.validUntil, validUntil < today { throw readOnly(latest, field: field) }
        return latest
    }

    /// The communes of an area on `day`: the commune the code names, or every commune that
    /// existed on the day, in Vietnamese order.
    func area(_ code: String?, field: String, on day: CalendarDate, asOf: String?) throws(VarlinkError) -> [Commune] {
        guard let code else { return timeline.existing(on: day) }
        return [try forReading(code: code, field: field, on: day, asOf: asOf)]
    }

    func readOnly(_ commune: Commune, field: String) -> VarlinkError {
        KhuyenHocErrors.communeReadOnly(
            field: field, code: commune.statisticsCode, name: commune.name, validUntil: commune.validUntil?.description,
            mergedInto: commune.mergedInto.flatMap { byID[$0] }.map(reference), mergedOn: commune.mergedOn?.description)
    }

    /// The latest of communes sharing a code: periods of one code never overlap, so the one that
    /// began last (an unknown start counts as earliest).
    private static func latest(_ candidates: [Commune]) -> Commune? {
        candidates.max { ($0.validFrom?.description ?? "") < ($1.validFrom?.description ?? "") }
    }
}
