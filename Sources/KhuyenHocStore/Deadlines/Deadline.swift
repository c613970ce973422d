import Foundation

/// A deadline as stored: what is due, for whom, when (possibly recurring), and how to remind.
public struct Deadline: Sendable, Hashable {
    public let id: Int64
    public var title: String
    public var titleVi: String?
    public var scope: DeadlineScope
    public var due: DeadlineDue
    /// An RFC 5545 RRULE value (`FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15`), or nil for one occurrence.
    public var rrule: String?
    /// Lead times in seconds before each occurrence, each its own reminder.
    public var leadTimes: [Int64]
    /// Minute of the day, Vietnam time, at which reminders of a date deadline are delivered.
    public var localMinute: Int
    /// Seconds between overdue repeats; nil for none.
    public var overdueInterval: Int64?
    /// Reminders due before this instant are never delivered: they fell due before the deadline
    /// existed in this form (set on creation and on every change of its schedule).
    public var armedAt: Date
    public let createdBy: UInt32
    public let createdAt: Date
    /// The rollout phase whose planned day this is (scope is then the commune × model); nil for a
    /// deadline of its own. Such a deadline follows the plan and is changed only through it.
    public var phase: RolloutPhase?
    /// True for the sample district's made-up deadlines.
    public var sample: Bool

    public init(
        id: Int64, title: String, titleVi: String? = nil, scope: DeadlineScope, due: DeadlineDue,
        rrule: String? = nil, leadTimes: [Int64] = Deadline.defaultLeadTimes,
        localMinute: Int = Deadline.defaultLocalMinute, overdueInterval: Int64? = Deadline.defaultOverdueInterval,
        armedAt: Date, createdBy: UInt32, createdAt: Date, phase: RolloutPhase? = nil, sample: Bool = false
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.scope = scope
        self.due = due
        self.rrule = rrule
        self.leadTimes = leadTimes
        self.localMinute = localMinute
        self.overdueInterval = overdueInterval
        self.armedAt = armedAt
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.phase = phase
        self.sample = sample
    }

    /// 30 days, 7 days and 1 day before (issue 5).
    public static let defaultLeadTimes: [Int64] = [30 * 86_400, 7 * 86_400, 86_400]
    /// 08:00 Vietnam time.
    public static let defaultLocalMinute = 8 * 60
    /// Every 7 days after the deadline.
    public static let defaultOverdueInterval: Int64? = 7 * 86_400
}
