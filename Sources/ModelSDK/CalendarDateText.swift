/// A Gregorian calendar date written `YYYY-MM-DD`, checked by arithmetic.
///
/// A `DateFormatter` would do the same check through ICU, whose locale, calendar and time-zone
/// data then stay resident in every process that loads a plugin (about 6 MiB in the daemon, which
/// checks the built-in rubrics at start); a date without a time of day needs neither.
enum CalendarDateText {
    /// Whether `text` is a real date: a four-digit year, a month 1–12 and a day that exists in
    /// that month (29 February only in leap years), month and day of one or two digits.
    static func isValid(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4,
              let year = number(parts[0]), let month = number(parts[1]), let day = number(parts[2]),
              parts[1].count <= 2, parts[2].count <= 2, (1...12).contains(month)
        else { return false }
        return (1...days(inMonth: month, year: year)).contains(day)
    }

    private static func number(_ digits: Substring.UTF8View) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
