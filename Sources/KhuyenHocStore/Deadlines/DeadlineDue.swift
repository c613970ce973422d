import Foundation

/// When a deadline falls: a calendar day in Vietnam (Asia/Ho_Chi_Minh; the day ends at local
/// midnight) or an exact instant. With a recurrence rule, this is the first occurrence (DTSTART).
public enum DeadlineDue: Sendable, Hashable {
    case date(CalendarDate)
    case instant(Date)
}
