/// One model's history and plan in one commune (`vn.khuyenhoc.Rollout.ModelTimeline`).
public struct ModelTimeline: Codable, Sendable, Hashable {
    public var model: String
    public var state: RolloutCell
    public var transitions: [TransitionInfo]
    public var planned: [PlannedPhase]

    public init(model: String, state: RolloutCell, transitions: [TransitionInfo], planned: [PlannedPhase]) {
        self.model = model
        self.state = state
        self.transitions = transitions
        self.planned = planned
    }
}
