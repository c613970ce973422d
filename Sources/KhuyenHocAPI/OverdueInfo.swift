/// An occurrence that has passed without being reached (`vn.khuyenhoc.Reminders.Overdue`).
public struct OverdueInfo: Codable, Sendable, Hashable {
    public var deadlineId: Int64
    public var title: String
    public var titleVi: String?
    public var commune: CommuneReference?
    public var model: String?
    public var phase: String?
    public var occurrence: String
    /// Whole days since the occurrence passed.
    public var daysOverdue: Int
    /// An overdue reminder of it was acknowledged: no more repeats.
    public var acknowledged: Bool
    /// The next overdue repeat (RFC 3339, UTC), when one will come.
    public var nextRepeat: String?

    public init(
        deadlineId: Int64, title: String, titleVi: String?, commune: CommuneReference?, model: String?, phase: String?,
        occurrence: String, daysOverdue: Int, acknowledged: Bool, nextRepeat: String?
    ) {
        self.deadlineId = deadlineId
        self.title = title
        self.titleVi = titleVi
        self.commune = commune
        self.model = model
        self.phase = phase
        self.occurrence = occurrence
        self.daysOverdue = daysOverdue
        self.acknowledged = acknowledged
        self.nextRepeat = nextRepeat
    }
}
