import Foundation
import KhuyenHocAPI

/// Instants as the reminder commands show them: in Vietnam time (Asia/Ho_Chi_Minh), to the minute.
enum LocalTimeText {
    // UTC+7 all year (no daylight saving since 1975): a fixed offset is exact and needs no tzdata.
    static let vietnam = TimeZone(secondsFromGMT: 7 * 3_600)!

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = vietnam
        return calendar
    }

    /// `2026-12-08 08:00` for an RFC 3339 instant; anything else (a `YYYY-MM-DD` day) as it is.
    static func minute(_ text: String) -> String {
        guard text.contains("T"), let date = ReminderNotice.instant(from: text) else { return text }
        return minute(date)
    }

    /// `2026-12-08 08:00`.
    static func minute(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    /// The month and day of a `YYYY-MM-DD` day, or of an RFC 3339 instant in Vietnam.
    static func monthAndDay(_ text: String) -> (month: Int, day: Int)? {
        if text.contains("T") {
            guard let date = ReminderNotice.instant(from: text) else { return nil }
            let parts = calendar.dateComponents([.month, .day], from: date)
            return (parts.month!, parts.day!)
        }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            Int(fields[0]) != nil, let month = Int(fields[1]), let day = Int(fields[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (month, day)
    }
}
