import Foundation

/// Writes deadlines as an RFC 5545 iCalendar document (`.ics`) that any calendar program can
/// subscribe to or import.
///
/// The document has one `VEVENT` per deadline (an all-day event for a calendar date, a UTC `DTSTART`
/// for an instant, the `RRULE` of a recurring one) with one `VALARM` (`ACTION:DISPLAY`) per lead
/// time, and a `VTIMEZONE` for Asia/Ho_Chi_Minh (+07, no daylight saving). Lines end in CRLF and
/// are folded at 75 octets.
///
/// ```swift
/// let ics = try CalendarWriter().document(deadlines, stamp: Date())
/// ```
public struct CalendarWriter: Sendable {
    /// `PRODID`.
    public var productID: String
    /// The calendar's display name (`X-WR-CALNAME`), if any.
    public var name: String?

    /// Creates a writer.
    public init(productID: String = "-//KhuyenHoc//Deadlines//VI", name: String? = "Khuyến học: hạn chót") {
        self.productID = productID
        self.name = name
    }

    /// The document for `deadlines`, in their order; `stamp` is every event's `DTSTAMP` (when the
    /// export was made).
    public func document(_ deadlines: [CalendarDeadline], stamp: Date) throws(CalendarError) -> String {
        var seen: Set<String> = []
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(ContentLine.escape(productID))",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let name { lines.append("X-WR-CALNAME:\(ContentLine.escape(name))") }
        lines.append("X-WR-TIMEZONE:\(Self.timeZoneID)")
        lines += Self.timeZone
        for deadline in deadlines {
            guard seen.insert(deadline.id).inserted else { throw .duplicateID(deadline.id) }
            lines += try event(deadline, stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(ContentLine.fold).map { $0 + "\r\n" }.joined()
    }

    /// The IANA name of the one time zone deadlines are set in.
    public static let timeZoneID = "Asia/Ho_Chi_Minh"

    // UTC+7 since 13 June 1975, no daylight saving: one STANDARD observance covers every deadline.
    static let timeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:\(timeZoneID)",
        "BEGIN:STANDARD",
        "DTSTART:19750613T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "TZNAME:+07",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]

    private func event(_ deadline: CalendarDeadline, stamp: Date) throws(CalendarError) -> [String] {
        try Self.check(deadline)
        let summary = ContentLine.escape("\(deadline.titleVi) (\(deadline.title))")
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(deadline.id)@khuyenhoc",
            "DTSTAMP:\(Self.utcText(stamp))",
        ]
        switch deadline.due {
        case let .day(day):
            lines.append("DTSTART;VALUE=DATE:\(day.basicText)")
            lines.append("DTEND;VALUE=DATE:\(day.next.basicText)")
            lines.append("TRANSP:TRANSPARENT")  // a deadline does not make anyone busy all day
        case let .instant(date):
            lines.append("DTSTART:\(Self.utcText(date))")
        }
        if let recurrence = deadline.recurrence { lines.append("RRULE:\(recurrence)") }
        lines.append("SUMMARY:\(summary)")
        let description = [deadline.descriptionVi, deadline.description].compactMap { $0 }
        if !description.isEmpty { lines.append("DESCRIPTION:\(ContentLine.escape(description.joined(separator: "\n\n")))") }
        if !deadline.categories.isEmpty {
            lines.append("CATEGORIES:\(deadline.categories.map(ContentLine.escape).joined(separator: ","))")
        }
        for lead in deadline.leadTimes {
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:\(summary)",
                "TRIGGER:\(Self.trigger(before: lead))",
                "END:VALARM",
            ]
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// Refuses what would make the document invalid or ambiguous.
    static func check(_ deadline: CalendarDeadline) throws(CalendarError) {
        let id = deadline.id
        let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(idCharacters.contains) else {
            throw .invalidField(deadline: id, field: "id", reason: "must be letters, digits, '-', '_' or '.' (it becomes the UID)")
        }
        if deadline.titleVi.isEmpty || deadline.title.isEmpty {
            throw .invalidField(deadline: id, field: deadline.titleVi.isEmpty ? "titleVi" : "title", reason: "empty")
        }
        if let recurrence = deadline.recurrence, let reason = recurrenceProblem(recurrence, due: deadline.due) {
            throw .invalidField(deadline: id, field: "recurrence", reason: reason)
        }
        if deadline.leadTimes.contains(where: { $0 < .zero }) {
            throw .invalidField(deadline: id, field: "leadTimes", reason: "a lead time is negative (a reminder after the deadline)")
        }
    }

    /// The rule parts RFC 5545 §3.3.10 defines.
    static let ruleParts: Set<Substring> = [
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY",
        "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    ]
    static let frequencies: Set<Substring> = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]

    /// Why `rule` is not an RRULE value for a deadline due at `due` (`NAME=value` parts joined by
    /// `;`, known names once each, a valid `FREQ`, `UNTIL` of `DTSTART`'s kind), or nil.
    static func recurrenceProblem(_ rule: String, due: CalendarDue) -> String? {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=;,+-")
        guard rule.unicodeScalars.allSatisfy(allowed.contains) else {
            return "may hold only upper-case letters, digits and = ; , + - (\(rule))"
        }
        var values: [Substring: Substring] = [:]
        for part in rule.split(separator: ";", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { return "'\(part)' is not NAME=value" }
            guard ruleParts.contains(pair[0]) else { return "\(pair[0]) is not an RFC 5545 rule part" }
            guard values.updateValue(pair[1], forKey: pair[0]) == nil else { return "\(pair[0]) appears twice" }
        }
        guard let frequency = values["FREQ"] else { return "has no FREQ" }
        guard frequencies.contains(frequency) else { return "FREQ=\(frequency) is not a frequency" }
        if let until = values["UNTIL"] {
            if values["COUNT"] != nil { return "has both UNTIL and COUNT" }
            switch due {
            case .day where until.count != 8 || !until.allSatisfy(\.isNumber):
                return "UNTIL must be a date (YYYYMMDD) for a deadline on a calendar date"
            case .instant where until.count != 16 || until.last != "Z":
                return "UNTIL must be a UTC date-time (YYYYMMDDTHHMMSSZ) for a deadline at an instant"
            default: break
            }
        }
        return nil
    }

    /// `-P30D`, `-PT16H`, `-P1DT6H30M`, `PT0S` for a reminder at the start.
    static func trigger(before lead: Duration) -> String {
        var seconds = lead.components.seconds
        guard seconds > 0 else { return "PT0S" }
        let days = seconds / 86_400
        seconds %= 86_400
        var text = "-P"
        if days > 0 { text += "\(days)D" }
        if seconds > 0 {
            text += "T"
            if seconds >= 3600 { text += "\(seconds / 3600)H" }
            if seconds % 3600 >= 60 { text += "\(seconds % 3600 / 60)M" }
            if seconds % 60 > 0 { text += "\(seconds % 60)S" }
        }
        return text
    }

    /// `20261215T010000Z`.
    static func utcText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return CalendarDay.digits(parts.year!, 4) + CalendarDay.digits(parts.month!, 2) + CalendarDay.digits(parts.day!, 2)
            + "T" + CalendarDay.digits(parts.hour!, 2) + CalendarDay.digits(parts.minute!, 2)
            + CalendarDay.digits(parts.second!, 2) + "Z"
    }
}
