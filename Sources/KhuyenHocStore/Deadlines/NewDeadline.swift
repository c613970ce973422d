/// What a caller gives to create a deadline or to change one: everything but the bookkeeping.
public struct NewDeadline: Sendable, Hashable {
    public var title: String
    public var titleVi: String?
    public var scope: DeadlineScope
    public var due: DeadlineDue
    public var rrule: String?
    public var leadTimes: [Int64]
    public var localMinute: Int
    public var overdueInterval: Int64?

    public init(
        title: String, titleVi: String? = nil, scope: DeadlineScope = .district, due: DeadlineDue,
        rrule: String? = nil, leadTimes: [Int64] = Deadline.defaultLeadTimes,
        localMinute: Int = Deadline.defaultLocalMinute, overdueInterval: Int64? = Deadline.defaultOverdueInterval
    ) {
        self.title = title
        self.titleVi = titleVi
        self.scope = scope
        self.due = due
        self.rrule = rrule
        self.leadTimes = leadTimes
        self.localMinute = localMinute
        self.overdueInterval = overdueInterval
    }
}
