/// A calendar date in Vietnam (Asia/Ho_Chi_Minh), without a time of day: the day a commune came
/// into being or was merged away. Written `yyyy-MM-dd`; compares in calendar order.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date from its parts; the parts must name a real day of the Gregorian calendar.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        precondition((1...12).contains(month) && (1...Self.days(inMonth: month, of: year)).contains(day),
                     "\(year)-\(month)-\(day) is not a calendar date")
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day before, as the last day of a unit that ends when its successor begins.
    public var previousDay: CalendarDate {
        if day > 1 { return CalendarDate(year, month, day - 1) }
        if month > 1 { return CalendarDate(year, month - 1, Self.days(inMonth: month - 1, of: year)) }
        return CalendarDate(year - 1, 12, 31)
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
