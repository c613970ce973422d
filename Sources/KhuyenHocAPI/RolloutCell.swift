/// One model's state in one commune on a day (`vn.khuyenhoc.Rollout.Cell`).
public struct RolloutCell: Codable, Sendable, Hashable {
    public var model: String
    public var phase: String
    public var since: String?
    public var next: PlannedPhase?
    public var late: Bool
    public var daysLate: Int
    public var sample: Bool

    public init(model: String, phase: String, since: String?, next: PlannedPhase?, late: Bool, daysLate: Int, sample: Bool) {
        self.model = model
        self.phase = phase
        self.since = since
        self.next = next
        self.late = late
        self.daysLate = daysLate
        self.sample = sample
    }
}
