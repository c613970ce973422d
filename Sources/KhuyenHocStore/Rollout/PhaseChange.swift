import Foundation

/// A request to move a commune's rollout of a model to `phase`, checked by
/// ``RolloutStore/recordTransition(_:)`` against the rule of ``RolloutRules``.
public struct PhaseChange: Sendable, Hashable {
    public var communeID: Int64
    public var model: RegistryModel
    public var phase: RolloutPhase
    public var effectiveOn: CalendarDate
    public var note: String?
    public var madeBy: UInt32
    public var madeAt: Date
    /// The day of the change (Vietnam): `effectiveOn` may not be later.
    public var today: CalendarDate

    public init(
        communeID: Int64, model: RegistryModel, phase: RolloutPhase, effectiveOn: CalendarDate, note: String?, madeBy: UInt32,
        madeAt: Date, today: CalendarDate
    ) {
        self.communeID = communeID
        self.model = model
        self.phase = phase
        self.effectiveOn = effectiveOn
        self.note = note
        self.madeBy = madeBy
        self.madeAt = madeAt
        self.today = today
    }
}
