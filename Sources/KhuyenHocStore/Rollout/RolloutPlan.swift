import Foundation

/// A plan for one model applied to several communes at once: the day by which each should have
/// reached each phase given. Days must not go down as phases go up (a pilot cannot be due after
/// its review).
public struct RolloutPlan: Sendable, Hashable {
    public var communeIDs: [Int64]
    public var model: RegistryModel
    public var deadlines: [RolloutPhase: CalendarDate]
    /// Replace a commune's own day for a phase; otherwise it is kept.
    public var overwrite: Bool
    public var setBy: UInt32
    public var setAt: Date
    /// The day the plan is applied (Vietnam): communes that no longer exist then are refused.
    public var today: CalendarDate

    public init(
        communeIDs: [Int64], model: RegistryModel, deadlines: [RolloutPhase: CalendarDate], overwrite: Bool, setBy: UInt32,
        setAt: Date, today: CalendarDate
    ) {
        self.communeIDs = communeIDs
        self.model = model
        self.deadlines = deadlines
        self.overwrite = overwrite
        self.setBy = setBy
        self.setAt = setAt
        self.today = today
    }
}
