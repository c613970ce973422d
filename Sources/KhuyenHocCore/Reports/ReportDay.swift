import Foundation
import KhuyenHocStore

/// The day whose communes a report for a year uses: 31 December of the year, when recognition
/// for the year is done; in the current year, today (Asia/Ho_Chi_Minh), since later days have
/// not come. A merge that took effect during the year therefore counts for that year.
public enum ReportDay {
    public static func day(for year: Int, today: CalendarDate) -> CalendarDate {
        if year == today.year { return today }
        return CalendarDate(year: year, month: 12, day: 31)!
    }

    /// Today in Vietnam.
    public static func today(now: Date = Date()) -> CalendarDate {
        CalendarDate.inVietnam(now)
    }
}
