/// A phase and the day by which to reach it, in a plan (`vn.khuyenhoc.Rollout.PhaseDeadline`).
public struct PhaseDeadlineInfo: Codable, Sendable, Hashable {
    public var phase: String
    /// YYYY-MM-DD.
    public var due: String

    public init(phase: String, due: String) {
        self.phase = phase
        self.due = due
    }
}
