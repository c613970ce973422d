/// A planned day of a commune's rollout (`vn.khuyenhoc.Rollout.PlannedPhase`).
public struct PlannedPhase: Codable, Sendable, Hashable {
    public var phase: String
    /// YYYY-MM-DD.
    public var due: String
    public var sample: Bool

    public init(phase: String, due: String, sample: Bool) {
        self.phase = phase
        self.due = due
        self.sample = sample
    }
}
