import Foundation

/// Days in Vietnam (Asia/Ho_Chi_Minh), where a deadline's `dueDate` is.
enum RemindersBenchCalendar {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        return calendar
    }()

    /// Today in Vietnam, as year, month and day.
    static func today() -> DateComponents {
        calendar.dateComponents([.year, .month, .day], from: Date())
    }

    /// The day `days` after `day`.
    static func components(_ day: DateComponents, plus days: Int) -> DateComponents {
        let start = calendar.date(from: day)!
        return calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: start)!)
    }

    /// The day `days` after `day` as YYYY-MM-DD.
    static func text(_ day: DateComponents, plus days: Int) -> String {
        let moved = components(day, plus: days)
        return text(year: moved.year!, month: moved.month!, day: moved.day!)
    }

    static func text(year: Int, month: Int, day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
