import Foundation

/// One step of a commune's rollout of a model: the phase it left and the one it entered, the day
/// that took effect, why (a note, required when the step is not the next one), and who recorded it
/// (a uid from the caller's peer credentials) and when.
public struct PhaseTransition: Codable, Sendable, Hashable {
    public var id: Int64?
    public var communeID: Int64
    public var model: RegistryModel
    public var from: RolloutPhase
    public var phase: RolloutPhase
    /// The day the phase was reached (Vietnam).
    public var effectiveOn: CalendarDate
    /// Stored in NFC; nil when none was given.
    public var note: String?
    public var madeBy: UInt32
    public var madeAt: Date
    /// True for the sample district's made-up situation, never for a real commune's record.
    public var sample: Bool

    public init(
        id: Int64? = nil, communeID: Int64, model: RegistryModel, from: RolloutPhase, phase: RolloutPhase,
        effectiveOn: CalendarDate, note: String? = nil, madeBy: UInt32, madeAt: Date, sample: Bool = false
    ) {
        self.id = id
        self.communeID = communeID
        self.model = model
        self.from = from
        self.phase = phase
        self.effectiveOn = effectiveOn
        self.note = note
        self.madeBy = madeBy
        self.madeAt = madeAt
        self.sample = sample
    }
}
