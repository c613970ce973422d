/// A person's Learning Citizen self-assessment: the points (0–10) of the ten indicators of the
/// citizen rubric, in the rubric's order. **Synthetic** in the sample district.
///
/// The ids are the same for every target group (`sl1`–`sl4`, `it1`–`it4`, `sr1`–`sr2`); which
/// form they belong to is the person's `TargetGroup`. The points are packed four bits each, so
/// the scores of 200,000 people cost no allocation.
public struct CitizenScores: SampleRecord, Hashable {
    /// The indicator ids of the citizen rubric (`Plugins/Citizen/rubric.json`), in order.
    public static let indicatorIDs = ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"]

    private let packed: UInt64

    /// Scores from ten points of 0–10, in the order of `indicatorIDs`.
    public init(_ points: [Int]) {
        precondition(points.count == Self.indicatorIDs.count && points.allSatisfy { (0...10).contains($0) },
                     "a citizen self-assessment has ten points of 0–10")
        var packed: UInt64 = 0
        for (index, value) in points.enumerated() { packed |= UInt64(value) << (4 * index) }
        self.packed = packed
    }

    /// The points of the indicator at `index` (0–9) in `indicatorIDs`.
    public subscript(index: Int) -> Int {
        Int((packed >> (4 * index)) & 0xF)
    }

    /// The points of the indicator `id`, or nil for an id the rubric does not have.
    public subscript(id id: String) -> Int? {
        Self.indicatorIDs.firstIndex(of: id).map { self[$0] }
    }

    /// The ten points, in the order of `indicatorIDs`.
    public var points: [Int] { (0..<Self.indicatorIDs.count).map { self[$0] } }

    /// The sum of the ten points (0–100).
    public var total: Int { (0..<Self.indicatorIDs.count).reduce(0) { $0 + self[$1] } }

    /// The lowest of the ten points.
    public var lowest: Int { (0..<Self.indicatorIDs.count).reduce(10) { min($0, self[$1]) } }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
