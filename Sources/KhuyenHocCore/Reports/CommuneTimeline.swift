import KhuyenHocStore

/// The district's communes over time: which commune a statistics code named on a day, and whose
/// subjects a commune counts on a day. Villages stay attached to the commune they were recorded
/// in, so a commune's subjects on a day are those of the commune itself and of every commune
/// merged into it (directly or through earlier merges) by that day.
///
/// ```swift
/// let timeline = try await CommuneTimeline.load(from: store)
/// if case .found(let caoXuanDuong) = timeline.resolve(code: "10174", on: day2025) {
///     timeline.counted(under: caoXuanDuong, on: day2025)   // Cao Xuân Dương, Cao Dương, Xuân Dương
/// }
/// ```
public struct CommuneTimeline: Sendable {
    /// What a code named on a day.
    public enum Resolution: Sendable, Equatable {
        /// The commune that carried the code that day.
        case found(Commune)
        /// No commune ever carried the code.
        case unknown
        /// Communes carried the code, none that day: `commune` came later (with `replaced`, the
        /// communes merged into it) or was merged away before (into `mergedInto`).
        case notOnDay(Commune, replaced: [Commune], mergedInto: Commune?)
    }

    /// Every commune, merged or not.
    public let communes: [Commune]
    private let byID: [Int64: Commune]
    private let mergedInto: [Int64: [Commune]]

    public init(_ communes: [Commune]) {
        self.communes = communes
        byID = Dictionary(communes.compactMap { commune in commune.id.map { ($0, commune) } }, uniquingKeysWith: { first, _ in first })
        mergedInto = Dictionary(grouping: communes.filter { $0.mergedInto != nil }, by: { $0.mergedInto! })
    }

    /// Reads every commune of the store, page by page.
    public static func load(from store: any RegistryStore) async throws(RegistryError) -> CommuneTimeline {
        var communes: [Commune] = []
        var page = PageRequest.first(PageRequest.maximumLimit)
        while true {
            let found = try await store.communes(CommuneQuery(), page: page)
            communes += found.items
            guard let next = found.next else { break }
            page = PageRequest(limit: PageRequest.maximumLimit, after: next)
        }
        return CommuneTimeline(communes)
    }

    /// The communes that existed on `day`.
    public func existing(on day: CalendarDate) -> [Commune] {
        communes.filter { $0.existed(on: day) }
    }

    /// `commune` and every commune merged into it, directly or through earlier merges, by `day`.
    public func counted(under commune: Commune, on day: CalendarDate) -> [Commune] {
        var result = [commune]
        var index = 0
        var seen: Set<Int64> = commune.id.map { [$0] } ?? []
        while index < result.count {
            let current = result[index]
            index += 1
            guard let id = current.id else { continue }
            for predecessor in mergedInto[id] ?? [] where predecessor.mergedOn.map({ $0 <= day }) ?? false {
                // A cycle can only come from another program writing the file; never loop on it.
                if let predecessorID = predecessor.id, seen.insert(predecessorID).inserted { result.append(predecessor) }
            }
        }
        return result
    }

    /// The commune `code` named on `day`.
    public func resolve(code: String, on day: CalendarDate) -> Resolution {
        let candidates = communes.filter { $0.statisticsCode == code }
        guard !candidates.isEmpty else { return .unknown }
        if let found = candidates.first(where: { $0.existed(on: day) }) { return .found(found) }
        // Periods of one code never overlap: the latest that ended before the day, else the first after.
        let ended = candidates.filter { $0.validUntil.map { $0 < day } ?? false }.max { $0.validUntil! < $1.validUntil! }
        if let ended {
            return .notOnDay(ended, replaced: [], mergedInto: ended.mergedInto.flatMap { byID[$0] })
        }
        let later = candidates.min { ($0.validFrom ?? day) < ($1.validFrom ?? day) }!
        return .notOnDay(later, replaced: later.id.map { mergedInto[$0] ?? [] } ?? [], mergedInto: nil)
    }

    public func commune(id: Int64) -> Commune? { byID[id] }
}
