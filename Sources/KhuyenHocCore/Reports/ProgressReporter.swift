import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Computes `vn.khuyenhoc.Reports`: an area's progress in a year against the targets, and the
/// communes behind them. Reads only; the counting is the store's (``RegistryStore/progressCounts(_:)``),
/// the area comes from the ``CommuneTimeline`` of the report's day (``ReportDay``).
///
/// ```swift
/// let reporter = ProgressReporter(store: store)
/// let report = try await reporter.progress(area: "10144", year: 2024, today: ReportDay.today())
/// ```
public struct ProgressReporter: Sendable {
    public let store: any RegistryStore
    public let targets: ProgressTargets

    public init(store: any RegistryStore, targets: ProgressTargets = .standard) {
        self.store = store
        self.targets = targets
    }

    /// The progress of the commune with the code `area` (nil: the whole district) in `year`.
    public func progress(area: String?, year: Int, today: CalendarDate) async throws(VarlinkError) -> ProgressReply {
        try Self.check(year: year)
        let day = ReportDay.day(for: year, today: today)
        let timeline = try await timeline()
        let reportArea: ReportArea
        let groups: [Int64: Int64]
        if let area {
            let commune = try Self.resolve(area, field: "area", year: year, day: day, in: timeline)
            let counted = timeline.counted(under: commune, on: day)
            groups = Dictionary(uniqueKeysWithValues: counted.map { ($0.id!, 0) })
            reportArea = ReportArea(
                code: commune.statisticsCode, name: commune.name, validFrom: commune.validFrom?.description,
                validUntil: commune.validUntil?.description, counted: counted.map(Self.reference))
        } else {
            let existing = Self.ordered(timeline.existing(on: day))
            var all: [Int64: Int64] = [:]
            for commune in existing {
                for counted in timeline.counted(under: commune, on: day) { all[counted.id!] = 0 }
            }
            groups = all
            reportArea = ReportArea(code: nil, name: nil, counted: existing.map(Self.reference))
        }
        let counts = try await count(ProgressQuery(year: year, adultAge: targets.adultAge, groups: groups))[0] ?? [:]
        return ProgressReply(
            area: reportArea, year: year, day: day.description,
            measures: ProgressMeasure.allCases.map { measure($0, counts[$0] ?? ProgressTally(), year: year) },
            basis: targets.basis)
    }

    /// The communes of `area` (nil: every commune on the report's day) whose share of a measure
    /// (only `model`'s, when given) is below the target that applies to `year`, largest gap first.
    public func communesBehind(area: String?, year: Int, model: String?, today: CalendarDate) async throws(VarlinkError) -> CommunesBehindReply {
        try Self.check(year: year)
        var measures = ProgressMeasure.allCases
        if let model {
            guard let chosen = RegistryModel(rawValue: model) else {
                throw KhuyenHocErrors.reportInvalidValue(
                    field: "model", reason: "must be one of \(RegistryModel.allCases.map(\.rawValue).joined(separator: ", ")), not \(model)")
            }
            measures = measures.filter { $0.model == chosen }
        }
        let day = ReportDay.day(for: year, today: today)
        let timeline = try await timeline()
        let communes: [Commune]
        if let area {
            communes = [try Self.resolve(area, field: "area", year: year, day: day, in: timeline)]
        } else {
            communes = Self.ordered(timeline.existing(on: day))
        }
        var groups: [Int64: Int64] = [:]
        for commune in communes {
            for counted in timeline.counted(under: commune, on: day) { groups[counted.id!] = commune.id! }
        }
        let counts = try await count(ProgressQuery(year: year, adultAge: targets.adultAge, groups: groups))
        var behind: [(order: Int, entry: CommuneBehind)] = []
        for (order, commune) in communes.enumerated() {
            for id in measures {
                let progress = measure(id, counts[commune.id!]?[id] ?? ProgressTally(), year: year)
                if progress.behind { behind.append((order, CommuneBehind(commune: Self.reference(commune), measure: progress))) }
            }
        }
        // Largest gap first; equal gaps in the communes' Vietnamese order, then the measures' order.
        behind.sort { lhs, rhs in
            let left = lhs.entry.measure.gap ?? 0, right = rhs.entry.measure.gap ?? 0
            if left != right { return left > right }
            return lhs.order < rhs.order
        }
        return CommunesBehindReply(year: year, day: day.description, behind: behind.map(\.entry))
    }

    /// One measure's numbers against its targets. Behind is decided on the whole numbers; share
    /// and gap are rounded to two decimals for reading.
    func measure(_ id: ProgressMeasure, _ tally: ProgressTally, year: Int) -> MeasureProgress {
        let targets = targets.measure(id)
        let target = targets.target(for: year)
        let share = tally.total > 0 ? Double(tally.recognized) * 100 / Double(tally.total) : nil
        let behind = tally.total > 0 && Double(tally.recognized) * 100 < target.percent * Double(tally.total)
        return MeasureProgress(
            id: id.rawValue, model: id.model.rawValue, title: targets.title, titleVi: targets.titleVi,
            total: tally.total, registered: tally.registered, evaluated: tally.evaluated, recognized: tally.recognized,
            share: share.map(Self.rounded), target2025: targets.percent(by: 2025), target2030: targets.percent(by: 2030),
            target: target, gap: share.map { Self.rounded(target.percent - $0) }, behind: behind)
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    static func check(year: Int) throws(VarlinkError) {
        guard ProgressQuery.years.contains(year) else {
            throw KhuyenHocErrors.reportInvalidValue(
                field: "year", reason: "must be a year from \(ProgressQuery.years.lowerBound) to \(ProgressQuery.years.upperBound), not \(year)")
        }
    }

    /// The commune `code` named on `day`, or the declared error about `field`.
    static func resolve(_ code: String, field: String, year: Int, day: CalendarDate, in timeline: CommuneTimeline) throws(VarlinkError) -> Commune {
        guard code.utf8.count == 5, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.reportInvalidValue(field: field, reason: "must be a 5-digit statistics code, such as 10144, not \(code)")
        }
        switch timeline.resolve(code: code, on: day) {
        case .found(let commune):
            return commune
        case .unknown:
            throw KhuyenHocErrors.reportCommuneNotFound(field: field, code: code)
        case .notOnDay(let commune, let replaced, let mergedInto):
            throw KhuyenHocErrors.communeNotInYear(
                field: field, code: code, year: year, day: day.description, name: commune.name,
                validFrom: commune.validFrom?.description, validUntil: commune.validUntil?.description,
                replaced: ordered(replaced).map(reference), mergedInto: mergedInto.map(reference),
                mergedOn: commune.mergedOn?.description)
        }
    }

    private func timeline() async throws(VarlinkError) -> CommuneTimeline {
        do {
            return try await CommuneTimeline.load(from: store)
        } catch {
            throw KhuyenHocErrors.reportStorageFailed(error.description)
        }
    }

    private func count(_ query: ProgressQuery) async throws(VarlinkError) -> [Int64: [ProgressMeasure: ProgressTally]] {
        do {
            return try await store.progressCounts(query)
        } catch {
            throw KhuyenHocErrors.reportStorageFailed(error.description)
        }
    }

    /// Communes in Vietnamese order of their names, then by code.
    static func ordered(_ communes: [Commune]) -> [Commune] {
        communes.map { (VietnameseText.sortKey($0.name), $0) }
            .sorted { ($0.0, $0.1.statisticsCode) < ($1.0, $1.1.statisticsCode) }
            .map(\.1)
    }

    static func reference(_ commune: Commune) -> CommuneReference {
        CommuneReference(code: commune.statisticsCode, name: commune.name)
    }
}
