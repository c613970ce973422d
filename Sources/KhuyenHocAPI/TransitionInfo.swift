/// One step of a commune's rollout history (`vn.khuyenhoc.Rollout.Transition`).
public struct TransitionInfo: Codable, Sendable, Hashable {
    public var from: String
    public var phase: String
    public var effectiveOn: String
    public var note: String?
    public var madeBy: UInt32
    /// RFC 3339, UTC.
    public var madeAt: String
    public var sample: Bool

    public init(from: String, phase: String, effectiveOn: String, note: String?, madeBy: UInt32, madeAt: String, sample: Bool) {
        self.from = from
        self.phase = phase
        self.effectiveOn = effectiveOn
        self.note = note
        self.madeBy = madeBy
        self.madeAt = madeAt
        self.sample = sample
    }
}
