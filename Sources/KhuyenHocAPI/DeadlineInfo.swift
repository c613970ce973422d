/// A deadline as stored, with where it stands (`vn.khuyenhoc.Reminders.Deadline`).
public struct DeadlineInfo: Codable, Sendable, Hashable {
    public var id: Int64
    public var title: String
    public var titleVi: String?
    public var commune: CommuneReference?
    public var model: String?
    /// The rollout phase this is the planned day for; nil for a deadline of its own.
    public var phase: String?
    public var dueDate: String?
    public var dueAt: String?
    public var rrule: String?
    /// Seconds, longest first.
    public var leadTimes: [Int64]
    /// HH:MM, Vietnam time.
    public var reminderTime: String
    public var overdueInterval: Int64?
    public var sample: Bool
    public var createdBy: UInt32
    public var createdAt: String
    /// The next occurrence that has not passed; nil when none is left.
    public var nextOccurrence: String?
    /// The next reminder that will come if nothing changes.
    public var nextReminder: UpcomingReminder?
    /// Why the stored rule cannot be scheduled, if it cannot.
    public var problem: String?

    public init(
        id: Int64, title: String, titleVi: String?, commune: CommuneReference?, model: String?, phase: String?,
        dueDate: String?, dueAt: String?, rrule: String?, leadTimes: [Int64], reminderTime: String,
        overdueInterval: Int64?, sample: Bool, createdBy: UInt32, createdAt: String, nextOccurrence: String?,
        nextReminder: UpcomingReminder?, problem: String?
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.commune = commune
        self.model = model
        self.phase = phase
        self.dueDate = dueDate
        self.dueAt = dueAt
        self.rrule = rrule
        self.leadTimes = leadTimes
        self.reminderTime = reminderTime
        self.overdueInterval = overdueInterval
        self.sample = sample
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.nextOccurrence = nextOccurrence
        self.nextReminder = nextReminder
        self.problem = problem
    }
}
