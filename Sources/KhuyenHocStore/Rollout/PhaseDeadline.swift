import Foundation

/// The day by which a commune should have reached a phase of a model, as the district planned it
/// (for all communes of an area at once, then adjusted per commune), with who set it and when.
public struct PhaseDeadline: Codable, Sendable, Hashable {
    public var communeID: Int64
    public var model: RegistryModel
    /// Never `notStarted`.
    public var phase: RolloutPhase
    public var due: CalendarDate
    public var setBy: UInt32
    public var setAt: Date
    /// True for the sample district's made-up plan.
    public var sample: Bool

    public init(
        communeID: Int64, model: RegistryModel, phase: RolloutPhase, due: CalendarDate, setBy: UInt32, setAt: Date,
        sample: Bool = false
    ) {
        self.communeID = communeID
        self.model = model
        self.phase = phase
        self.due = due
        self.setBy = setBy
        self.setAt = setAt
        self.sample = sample
    }
}
