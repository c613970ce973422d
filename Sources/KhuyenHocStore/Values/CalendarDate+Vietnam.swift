import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension CalendarDate {
    /// Vietnam's offset from UTC in seconds: UTC+7, with no daylight saving since 1975.
    ///
    /// The one place that knows it. Plain arithmetic instead of a time zone lookup: the time zone
    /// database goes through ICU, whose data and tables stayed resident (≈ 2 MiB) in an idle
    /// daemon only to add seven hours. Days before 1975 are not dates anyone reports on.
    public static let vietnamOffset = 7 * 3600

    /// The day `instant` falls on in Vietnam (Asia/Ho_Chi_Minh).
    public static func inVietnam(_ instant: Date) -> CalendarDate {
        var seconds = time_t(Int(instant.timeIntervalSince1970.rounded(.down)) + vietnamOffset)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
