import Foundation
import KhuyenHocStore

/// A deadline with its recurrence rule parsed: its occurrences and the instants of its reminders.
public struct DeadlineSchedule: Sendable {
    public let deadline: Deadline
    /// Nil for a deadline that occurs once.
    public let rule: RecurrenceRule?
    private let generator: OccurrenceGenerator?
    private let firstDay: LocalDay
    /// Seconds after local midnight of an instant deadline's occurrences (with its fraction).
    private let timeOfDay: TimeInterval

    /// Parses the deadline's rule; a stored rule that does not parse is a ``RecurrenceError``.
    public init(_ deadline: Deadline) throws(RecurrenceError) {
        self.deadline = deadline
        switch deadline.due {
        case .date(let date):
            firstDay = LocalDay(date)
            timeOfDay = 0
        case .instant(let instant):
            let local = VietnamTime.day(of: instant)
            firstDay = local.day
            timeOfDay = TimeInterval(local.second) + instant.timeIntervalSince1970 - instant.timeIntervalSince1970.rounded(.down)
        }
        if let text = deadline.rrule {
            let rule = try RecurrenceRule(parsing: text)
            let timeOfDay = timeOfDay
            let isDate = if case .date = deadline.due { true } else { false }
            self.rule = rule
            generator = OccurrenceGenerator(rule: rule, start: firstDay) { day in
                isDate ? VietnamTime.instant(day) : VietnamTime.instant(day).addingTimeInterval(timeOfDay)
            }
        } else {
            rule = nil
            generator = nil
        }
    }

    /// The occurrence on `day`.
    public func occurrence(on day: LocalDay) -> DeadlineOccurrence {
        switch deadline.due {
        case .date:
            return DeadlineOccurrence(
                key: day.description, day: day, anchor: VietnamTime.instant(day, second: deadline.localMinute * 60),
                end: VietnamTime.instant(day.adding(days: 1)))
        case .instant:
            let instant = VietnamTime.instant(day).addingTimeInterval(timeOfDay)
            return DeadlineOccurrence(key: Timestamp.string(from: instant), day: day, anchor: instant, end: instant)
        }
    }

    /// Calls `body` with each occurrence in order from about `from` (possibly a few earlier),
    /// until it returns false.
    public func forEachOccurrence(from: LocalDay? = nil, _ body: (DeadlineOccurrence) -> Bool) {
        guard let generator else {
            _ = body(occurrence(on: firstDay))
            return
        }
        generator.forEach(from: from) { body(occurrence(on: $0)) }
    }

    /// Whether `key` names an occurrence of this deadline (`YYYY-MM-DD` for a date deadline, an
    /// RFC 3339 instant for an instant deadline).
    public func hasOccurrence(_ key: String) -> Bool {
        let day: LocalDay
        switch deadline.due {
        case .date:
            guard let date = CalendarDate(key) else { return false }
            day = LocalDay(date)
        case .instant:
            guard let instant = Timestamp.date(from: key) else { return false }
            day = VietnamTime.day(of: instant).day
        }
        var found = false
        forEachOccurrence(from: day) { occurrence in
            found = occurrence.key == key
            return false
        }
        return found
    }

    /// Up to `limit` occurrences that end after `instant`.
    public func occurrences(after instant: Date, limit: Int) -> [DeadlineOccurrence] {
        var found: [DeadlineOccurrence] = []
        guard limit > 0 else { return found }
        forEachOccurrence(from: VietnamTime.day(of: instant).day.adding(days: -1)) { occurrence in
            if occurrence.end > instant { found.append(occurrence) }
            return found.count < limit
        }
        return found
    }

    /// The latest occurrence that ended at or before `instant`; nil when none has. Looks back one
    /// period, then further (doubling) when a sparse rule has none there.
    public func latestOccurrence(endingBy instant: Date) -> DeadlineOccurrence? {
        let day = VietnamTime.day(of: instant).day
        var lookBack = periodDays
        while true {
            let from = day.adding(days: -lookBack)
            var latest: DeadlineOccurrence?
            forEachOccurrence(from: from) { occurrence in
                guard occurrence.end <= instant else { return false }
                latest = occurrence
                return true
            }
            if latest != nil || rule == nil || from <= firstDay { return latest }
            lookBack *= 2
        }
    }

    /// The first occurrence's day.
    var firstOccurrenceDay: LocalDay { firstDay }

    /// How far before a day to start looking for the occurrence before it: one period of the rule.
    var periodDays: Int {
        guard let rule else { return 1 }
        return switch rule.frequency {
        case .yearly: 366 * rule.interval + 1
        case .monthly: 31 * rule.interval + 1
        case .weekly: 7 * rule.interval + 1
        case .daily: rule.interval + 1
        }
    }

    /// When the lead reminder `lead` seconds before `occurrence` is due.
    public func leadDue(_ occurrence: DeadlineOccurrence, lead: Int64) -> Date {
        return switch deadline.due {
        case .date:
            VietnamTime.instant(occurrence.day.adding(days: -Int(lead / 86_400)), second: deadline.localMinute * 60)
        case .instant:
            occurrence.anchor.addingTimeInterval(-TimeInterval(lead))
        }
    }

    /// When overdue repeat `n` of `occurrence` is due (n = 0 is the anchor).
    public func overdueDue(_ occurrence: DeadlineOccurrence, n: Int64, interval: Int64) -> Date {
        return switch deadline.due {
        case .date:
            VietnamTime.instant(occurrence.day.adding(days: Int(n * (interval / 86_400))), second: deadline.localMinute * 60)
        case .instant:
            occurrence.anchor.addingTimeInterval(TimeInterval(n * interval))
        }
    }
}
