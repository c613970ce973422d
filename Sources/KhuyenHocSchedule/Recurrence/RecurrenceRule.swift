import Foundation
import KhuyenHocStore

/// A recurrence rule: the subset of RFC 5545's RRULE that district deadlines need (FREQ YEARLY,
/// MONTHLY, WEEKLY or DAILY; INTERVAL; BYMONTH; BYMONTHDAY, negative counting from the month's
/// end; BYDAY, with an ordinal for MONTHLY and YEARLY; COUNT; UNTIL).
///
/// ```swift
/// let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")  // every 15 December
/// ```
///
/// The parser is strict: an unknown or unsupported part, a part given twice, a value out of range
/// or a combination RFC 5545 forbids is a ``RecurrenceError`` naming the part and the reason.
public struct RecurrenceRule: Sendable, Hashable {
    public let frequency: RecurrenceFrequency
    public let interval: Int
    public let byMonth: [Int]?
    public let byMonthDay: [Int]?
    public let byDay: [WeekdayRule]?
    public let count: Int?
    public let until: RecurrenceEnd?

    public init(
        frequency: RecurrenceFrequency, interval: Int = 1, byMonth: [Int]? = nil, byMonthDay: [Int]? = nil,
        byDay: [WeekdayRule]? = nil, count: Int? = nil, until: RecurrenceEnd? = nil
    ) {
        self.frequency = frequency
        self.interval = interval
        self.byMonth = byMonth
        self.byMonthDay = byMonthDay
        self.byDay = byDay
        self.count = count
        self.until = until
    }

    /// Parts RFC 5545 defines that this subset does not support (refused by name, so that a rule
    /// is never half understood).
    private static let unsupported: Set<String> = ["BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "WKST"]

    /// Parses an RRULE value (without the `RRULE:` prefix, which is also accepted).
    public init(parsing text: String) throws(RecurrenceError) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.uppercased().hasPrefix("RRULE:") { body = body.dropFirst(6) }
        guard !body.isEmpty else { throw RecurrenceError(part: "RRULE", reason: "is empty") }
        var parts: [String: String] = [:]
        for piece in body.split(separator: ";", omittingEmptySubsequences: false) {
            guard let equals = piece.firstIndex(of: "=") else {
                throw RecurrenceError(part: String(piece), reason: "is not NAME=VALUE")
            }
            let name = piece[..<equals].uppercased()
            let value = String(piece[piece.index(after: equals)...])
            if Self.unsupported.contains(name) { throw RecurrenceError(part: name, reason: "is not supported") }
            guard ["FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "COUNT", "UNTIL"].contains(name) else {
                throw RecurrenceError(part: name.isEmpty ? String(piece) : name, reason: "is not a recurrence rule part")
            }
            guard parts[name] == nil else { throw RecurrenceError(part: name, reason: "is given twice") }
            guard !value.isEmpty else { throw RecurrenceError(part: name, reason: "is empty") }
            parts[name] = value
        }
        guard let freqText = parts["FREQ"] else { throw RecurrenceError(part: "FREQ", reason: "is required") }
        guard let frequency = RecurrenceFrequency(rawValue: freqText.uppercased()) else {
            throw RecurrenceError(part: "FREQ", reason: "\(freqText) is not supported (YEARLY, MONTHLY, WEEKLY or DAILY)")
        }
        let interval = try parts["INTERVAL"].map { (value) throws(RecurrenceError) in
            try Self.number(value, part: "INTERVAL", range: 1...1000, what: "a whole number from 1 to 1000")
        } ?? 1
        let count = try parts["COUNT"].map { (value) throws(RecurrenceError) in
            try Self.number(value, part: "COUNT", range: 1...10_000, what: "a whole number from 1 to 10000")
        }
        let until = try parts["UNTIL"].map { (value) throws(RecurrenceError) in try Self.end(value) }
        if count != nil, until != nil { throw RecurrenceError(part: "UNTIL", reason: "cannot be combined with COUNT") }
        let byMonth = try parts["BYMONTH"].map { (value) throws(RecurrenceError) in
            try Self.list(value, part: "BYMONTH") { (item) throws(RecurrenceError) in
                try Self.number(item, part: "BYMONTH", range: 1...12, what: "a month (1–12)")
            }
        }
        let byMonthDay = try parts["BYMONTHDAY"].map { (value) throws(RecurrenceError) in
            try Self.list(value, part: "BYMONTHDAY") { (item) throws(RecurrenceError) in
                let day = try Self.number(item, part: "BYMONTHDAY", range: -31...31, what: "a day of a month")
                guard day != 0 else { throw RecurrenceError(part: "BYMONTHDAY", reason: "0 is not a day of a month") }
                return day
            }
        }
        if byMonthDay != nil, frequency == .weekly {
            throw RecurrenceError(part: "BYMONTHDAY", reason: "is not allowed with FREQ=WEEKLY")
        }
        let byDay = try parts["BYDAY"].map { (value) throws(RecurrenceError) in
            try Self.list(value, part: "BYDAY") { (item) throws(RecurrenceError) in
                try Self.weekdayRule(item, frequency: frequency, withinMonth: frequency == .monthly || byMonth != nil)
            }
        }
        self.init(frequency: frequency, interval: interval, byMonth: byMonth, byMonthDay: byMonthDay, byDay: byDay, count: count, until: until)
    }

    /// The rule written back as RFC 5545 text, parts in a fixed order.
    public var text: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if let byMonth { parts.append("BYMONTH=" + byMonth.map(String.init).joined(separator: ",")) }
        if let byMonthDay { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if let byDay {
            parts.append("BYDAY=" + byDay.map { ($0.ordinal.map(String.init) ?? "") + $0.weekday.rawValue }.joined(separator: ","))
        }
        if let count { parts.append("COUNT=\(count)") }
        switch until {
        case .day(let day)?:
            parts.append("UNTIL=" + day.description.replacingOccurrences(of: "-", with: ""))
        case .instant(let instant)?:
            let stamp = Timestamp.compact(instant)
            parts.append("UNTIL=\(stamp)")
        case nil:
            break
        }
        return parts.joined(separator: ";")
    }

    // MARK: Values

    private static func number(
        _ text: String, part: String, range: ClosedRange<Int>, what: String
    ) throws(RecurrenceError) -> Int {
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
              range.contains(value)
        else {
            throw RecurrenceError(part: part, reason: "\(text) is not \(what)")
        }
        return value
    }

    private static func list<T>(
        _ text: String, part: String, _ item: (String) throws(RecurrenceError) -> T
    ) throws(RecurrenceError) -> [T] {
        var items: [T] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard !piece.isEmpty else { throw RecurrenceError(part: part, reason: "has an empty item") }
            items.append(try item(String(piece)))
        }
        return items
    }

    private static func weekdayRule(_ text: String, frequency: RecurrenceFrequency, withinMonth: Bool) throws(RecurrenceError) -> WeekdayRule {
        let upper = text.uppercased()
        guard upper.count >= 2, let weekday = Weekday(rawValue: String(upper.suffix(2))) else {
            throw RecurrenceError(part: "BYDAY", reason: "\(text) is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally after an ordinal such as 1MO or -1FR)")
        }
        let prefix = String(upper.dropLast(2))
        guard !prefix.isEmpty else { return WeekdayRule(weekday: weekday) }
        guard frequency == .monthly || frequency == .yearly else {
            throw RecurrenceError(part: "BYDAY", reason: "\(text): an ordinal is allowed only with FREQ=MONTHLY or FREQ=YEARLY")
        }
        let limit = withinMonth ? 5 : 53
        let ordinal = try number(prefix, part: "BYDAY", range: -limit...limit, what: "an ordinal")
        guard ordinal != 0 else { throw RecurrenceError(part: "BYDAY", reason: "\(text): the ordinal 0 is not allowed") }
        return WeekdayRule(ordinal: ordinal, weekday: weekday)
    }

    private static func end(_ text: String) throws(RecurrenceError) -> RecurrenceEnd {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let reason = "\(text) is not a date YYYYMMDD or a UTC date and time YYYYMMDDTHHMMSSZ"
        guard let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8),
              let date = LocalDay(year: year, month: month, day: day), year >= 1000
        else { throw RecurrenceError(part: "UNTIL", reason: reason) }
        if bytes.count == 8 { return .day(date) }
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z"),
              let hour = digits(9..<11), let minute = digits(11..<13), let second = digits(13..<15),
              hour < 24, minute < 60, second < 60
        else { throw RecurrenceError(part: "UNTIL", reason: reason) }
        let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return .instant(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

private extension Timestamp {
    /// `20301215T010000Z`.
    static func compact(_ instant: Date) -> String {
        let text = string(from: instant)
        return text.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
    }
}
