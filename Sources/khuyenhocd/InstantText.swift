import Foundation
import KhuyenHocSchedule
import KhuyenHocStore

/// Reads instants as callers write them: RFC 3339 with `Z` or an offset, with or without a fraction.
enum InstantText {
    static func parse(_ text: String) -> Date? {
        if let instant = Timestamp.date(from: text) { return instant }
        guard text.utf8.count >= 20, text.utf8.count <= 40 else { return nil }
        return (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
            ?? (try? Date(text, strategy: Date.ISO8601FormatStyle()))
    }

    /// A day (YYYY-MM-DD, at `endOfDay` its end, else its start, in Vietnam) or an instant.
    static func dayOrInstant(_ text: String, endOfDay: Bool) -> Date? {
        if let date = CalendarDate(text) { return VietnamTime.instant(LocalDay(date).adding(days: endOfDay ? 1 : 0)) }
        return parse(text)
    }
}
