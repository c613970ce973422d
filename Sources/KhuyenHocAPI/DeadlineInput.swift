/// A deadline as given to `vn.khuyenhoc.Reminders.AddDeadline` and `UpdateDeadline`
/// (`vn.khuyenhoc.Reminders.DeadlineInput`).
public struct DeadlineInput: Codable, Sendable, Hashable {
    public var title: String
    public var titleVi: String?
    /// The commune's statistics code; nil for the whole district.
    public var commune: String?
    /// The model whose rollout it concerns; needs `commune`.
    public var model: String?
    /// YYYY-MM-DD, a day in Vietnam; exactly one of `dueDate` and `dueAt`.
    public var dueDate: String?
    /// An RFC 3339 instant.
    public var dueAt: String?
    /// An RFC 5545 RRULE value; nil for one occurrence.
    public var rrule: String?
    /// Seconds before each occurrence; nil for the default (30, 7 and 1 days), empty for none.
    public var leadTimes: [Int64]?
    /// HH:MM, Vietnam time; nil for 08:00.
    public var reminderTime: String?
    /// Seconds between overdue repeats; nil for the default (7 days), 0 for none.
    public var overdueInterval: Int64?

    public init(
        title: String, titleVi: String? = nil, commune: String? = nil, model: String? = nil, dueDate: String? = nil,
        dueAt: String? = nil, rrule: String? = nil, leadTimes: [Int64]? = nil, reminderTime: String? = nil,
        overdueInterval: Int64? = nil
    ) {
        self.title = title
        self.titleVi = titleVi
        self.commune = commune
        self.model = model
        self.dueDate = dueDate
        self.dueAt = dueAt
        self.rrule = rrule
        self.leadTimes = leadTimes
        self.reminderTime = reminderTime
        self.overdueInterval = overdueInterval
    }
}
