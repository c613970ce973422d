/// What ``RolloutStore/applyPlan(_:)`` did: how many communes it covered, how many deadlines it
/// wrote, and how many it left as they were (a commune's own day, kept without `overwrite`).
public struct PlanSummary: Codable, Sendable, Hashable {
    public var communes: Int
    public var written: Int
    public var kept: Int

    public init(communes: Int, written: Int, kept: Int) {
        self.communes = communes
        self.written = written
        self.kept = kept
    }
}
