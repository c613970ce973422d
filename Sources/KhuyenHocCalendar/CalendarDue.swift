import Foundation

/// When a deadline falls: a whole local day, or an exact instant.
public enum CalendarDue: Sendable, Hashable {
    /// All day on this date (an all-day event, `DTSTART;VALUE=DATE`).
    case day(CalendarDay)
    /// At this instant (`DTSTART` in UTC).
    case instant(Date)
}
