/// A reminder that will come (`vn.khuyenhoc.Reminders.Upcoming`).
public struct UpcomingReminder: Codable, Sendable, Hashable {
    public var deadlineId: Int64
    public var title: String
    public var titleVi: String?
    public var commune: CommuneReference?
    public var model: String?
    public var phase: String?
    /// YYYY-MM-DD for a date deadline, else the instant.
    public var occurrence: String
    public var kind: ReminderKind
    /// Days before the occurrence (lead) or after it (overdue).
    public var days: Int
    /// When it will be delivered (RFC 3339, UTC).
    public var remindAt: String

    public init(
        deadlineId: Int64, title: String, titleVi: String?, commune: CommuneReference?, model: String?, phase: String?,
        occurrence: String, kind: ReminderKind, days: Int, remindAt: String
    ) {
        self.deadlineId = deadlineId
        self.title = title
        self.titleVi = titleVi
        self.commune = commune
        self.model = model
        self.phase = phase
        self.occurrence = occurrence
        self.kind = kind
        self.days = days
        self.remindAt = remindAt
    }
}
