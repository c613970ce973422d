import Foundation
import KhuyenHocAPI
import KhuyenHocStore

/// The targets progress is measured against (DOMAIN.md §5), read from `targets.json`: data, not
/// code, with the documents they come from. Read strictly: an unknown key, a measure missing or
/// given twice, a percentage outside 0–100 or a target for a year other than 2025 and 2030 is
/// an error.
///
/// ```swift
/// let targets = ProgressTargets.standard
/// targets.measure(.families).target(for: 2024)   // 70 % by 2025, 387/QĐ-TTg
/// ```
public struct ProgressTargets: Sendable, Decodable {
    /// One measure's targets.
    public struct Measure: Sendable, Decodable {
        public let id: ProgressMeasure
        public let title: String
        public let titleVi: String
        /// By year, earliest first: exactly 2025 and 2030.
        public let targets: [TargetMilestone]

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: ["id", "title", "titleVi", "targets"])
            let container = try decoder.container(keyedBy: StrictKeys.self)
            id = try container.decode(ProgressMeasure.self, forKey: StrictKeys(stringValue: "id"))
            title = try container.decode(String.self, forKey: StrictKeys(stringValue: "title"))
            titleVi = try container.decode(String.self, forKey: StrictKeys(stringValue: "titleVi"))
            var targets: [TargetMilestone] = []
            var list = try container.nestedUnkeyedContainer(forKey: StrictKeys(stringValue: "targets"))
            while !list.isAtEnd {
                let target = try list.decode(Milestone.self)
                targets.append(TargetMilestone(year: target.year, percent: target.percent, basis: target.basis))
            }
            self.targets = targets
        }

        /// The target due in the year or the first after it; after the last, the last.
        public func target(for year: Int) -> TargetMilestone {
            targets.first { $0.year >= year } ?? targets[targets.count - 1]
        }

        public func percent(by year: Int) -> Double {
            targets.first { $0.year == year }?.percent ?? 0
        }
    }

    private struct Milestone: Decodable {
        let year: Int
        let percent: Double
        let basis: String

        init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: ["year", "percent", "basis"])
            let container = try decoder.container(keyedBy: StrictKeys.self)
            year = try container.decode(Int.self, forKey: StrictKeys(stringValue: "year"))
            percent = try container.decode(Double.self, forKey: StrictKeys(stringValue: "percent"))
            basis = try container.decode(String.self, forKey: StrictKeys(stringValue: "basis"))
        }
    }

    private struct Document: Decodable {
        let basis: TargetBasis

        init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: ["id", "date", "title", "titleVi"])
            let container = try decoder.container(keyedBy: StrictKeys.self)
            let date = try container.decodeIfPresent(String.self, forKey: StrictKeys(stringValue: "date"))
            if let date, CalendarDate(date) == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: StrictKeys(stringValue: "date"), in: container, debugDescription: "\(date) is not a day written YYYY-MM-DD")
            }
            basis = TargetBasis(
                id: try container.decode(String.self, forKey: StrictKeys(stringValue: "id")), date: date,
                title: try container.decode(String.self, forKey: StrictKeys(stringValue: "title")),
                titleVi: try container.decode(String.self, forKey: StrictKeys(stringValue: "titleVi")))
        }
    }

    /// A person is an adult in a year when the year minus their birth year is at least this.
    public let adultAge: Int
    /// Why ``adultAge`` is what it is.
    public let adultAgeBasis: String
    /// The documents, in the file's order.
    public let basis: [TargetBasis]
    /// One per ``ProgressMeasure``, in the order of `ProgressMeasure.allCases`.
    public let measures: [Measure]

    /// The years every measure must have a target for.
    public static let milestoneYears = [2025, 2030]

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: ["about", "adultAge", "adultAgeBasis", "basis", "measures"])
        let container = try decoder.container(keyedBy: StrictKeys.self)
        _ = try container.decode(String.self, forKey: StrictKeys(stringValue: "about"))
        adultAge = try container.decode(Int.self, forKey: StrictKeys(stringValue: "adultAge"))
        adultAgeBasis = try container.decode(String.self, forKey: StrictKeys(stringValue: "adultAgeBasis"))
        basis = try container.decode([Document].self, forKey: StrictKeys(stringValue: "basis")).map(\.basis)
        let measures = try container.decode([Measure].self, forKey: StrictKeys(stringValue: "measures"))
        func invalid(_ reason: String) -> DecodingError {
            .dataCorruptedError(forKey: StrictKeys(stringValue: "measures"), in: container, debugDescription: reason)
        }
        guard (0...120).contains(adultAge) else {
            throw DecodingError.dataCorruptedError(
                forKey: StrictKeys(stringValue: "adultAge"), in: container, debugDescription: "must be an age from 0 to 120")
        }
        let documents = Set(basis.map(\.id))
        guard documents.count == basis.count else { throw invalid("a document of basis is listed twice") }
        var ordered: [Measure] = []
        for id in ProgressMeasure.allCases {
            let found = measures.filter { $0.id == id }
            guard found.count == 1 else { throw invalid("\(id.rawValue) must be given exactly once, not \(found.count) times") }
            ordered.append(found[0])
        }
        for measure in ordered {
            guard measure.targets.map(\.year) == Self.milestoneYears else {
                throw invalid("\(measure.id.rawValue) must have targets for \(Self.milestoneYears), in that order")
            }
            for target in measure.targets {
                guard target.percent.isFinite, (0...100).contains(target.percent) else {
                    throw invalid("\(measure.id.rawValue) \(target.year): \(target.percent) is not a percentage from 0 to 100")
                }
                guard documents.contains(target.basis) else {
                    throw invalid("\(measure.id.rawValue) \(target.year): basis \(target.basis) is not among the documents")
                }
            }
        }
        self.measures = ordered
    }

    /// Reads targets from a JSON file's bytes.
    public static func read(_ data: Data) throws -> ProgressTargets {
        try JSONDecoder().decode(ProgressTargets.self, from: data)
    }

    /// The targets shipped with the daemon (`Reports/targets.json`).
    public static let standard: ProgressTargets = {
        do {
            return try read(Data(PackageResources.targets_json))
        } catch {
            // The file is part of the build and tested; a broken one must not ship.
            fatalError("the embedded targets.json cannot be read: \(error)")
        }
    }()

    public func measure(_ id: ProgressMeasure) -> Measure {
        measures[ProgressMeasure.allCases.firstIndex(of: id)!]
    }
}
