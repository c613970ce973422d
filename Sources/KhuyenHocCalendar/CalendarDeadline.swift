import Foundation

/// A deadline as the calendar export needs it, independent of the scheduler's own types.
public struct CalendarDeadline: Sendable, Hashable {
    /// Stable across exports, so a calendar program updates the event instead of adding a copy
    /// (`UID` is `<id>@khuyenhoc`). Letters, digits, `-`, `_` and `.` only.
    public var id: String
    /// The title in English.
    public var title: String
    /// The title in Vietnamese.
    public var titleVi: String
    /// Longer text in English, if any.
    public var description: String?
    /// Longer text in Vietnamese, if any.
    public var descriptionVi: String?
    /// When it falls.
    public var due: CalendarDue
    /// An RFC 5545 recurrence rule value for a recurring deadline, e.g.
    /// `FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15`; written as it is after a syntax check.
    public var recurrence: String?
    /// How long before the due start each reminder comes (one `VALARM` each), e.g. 30 days, 7 days,
    /// 1 day. For an all-day deadline they count back from the start of its day (local midnight):
    /// 16 hours is 08:00 the day before.
    public var leadTimes: [Duration]
    /// `CATEGORIES` values, e.g. the model and the commune.
    public var categories: [String]

    /// Creates a deadline.
    public init(
        id: String, title: String, titleVi: String, description: String? = nil, descriptionVi: String? = nil,
        due: CalendarDue, recurrence: String? = nil, leadTimes: [Duration] = [], categories: [String] = []
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.description = description
        self.descriptionVi = descriptionVi
        self.due = due
        self.recurrence = recurrence
        self.leadTimes = leadTimes
        self.categories = categories
    }
}
