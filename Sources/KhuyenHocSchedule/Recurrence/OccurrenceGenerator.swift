import Foundation

/// The days on which a rule recurs from its first day (DTSTART), in order, as RFC 5545 expands
/// them: BYMONTH, BYMONTHDAY and BYDAY expand a YEARLY or MONTHLY period and limit a DAILY one; a
/// day that does not exist in a period (the 31st of a 30-day month, 29 February in a common year)
/// is skipped, never moved. Only days on or after the first day count, and COUNT counts them.
///
/// Without COUNT, generation can start near a later day (`from`) without walking every period
/// before it. A rule that matches no day for 400 years (the Gregorian calendar's cycle) has no
/// further occurrences, so that a rule such as `BYMONTH=2;BYMONTHDAY=30` ends rather than loops.
public struct OccurrenceGenerator: Sendable {
    public let rule: RecurrenceRule
    public let start: LocalDay
    /// The instant of an occurrence on a day, for an UNTIL given as an instant.
    private let instant: @Sendable (LocalDay) -> Date

    public init(rule: RecurrenceRule, start: LocalDay, instant: @escaping @Sendable (LocalDay) -> Date) {
        self.rule = rule
        self.start = start
        self.instant = instant
    }

    /// Calls `body` with each occurrence in order, from the first on or after `from` (or the first
    /// of all), until `body` returns false or the occurrences end.
    public func forEach(from: LocalDay? = nil, _ body: (LocalDay) -> Bool) {
        var period = 0
        if let from, rule.count == nil, from > start {
            period = max(0, (ordinal(of: from) - ordinal(of: start)) / rule.interval - 1)
        }
        var emitted = 0
        var lastYear = firstDay(period: period * rule.interval).year
        let gap = 400 + rule.interval
        while true {
            let days = candidates(period: period * rule.interval)
            let first = days.first ?? firstDay(period: period * rule.interval)
            guard first.year <= 9999, first.year - lastYear <= gap else { return }
            for day in days where day >= start {
                switch rule.until {
                case .day(let last)? where day > last: return
                case .instant(let last)? where instant(day) > last: return
                default: break
                }
                emitted += 1
                lastYear = day.year
                if let from, day < from {
                    if let count = rule.count, emitted >= count { return }
                    continue
                }
                if !body(day) { return }
                if let count = rule.count, emitted >= count { return }
            }
            period += 1
        }
    }

    /// Up to `limit` occurrences on or after `from`.
    public func days(from: LocalDay? = nil, limit: Int) -> [LocalDay] {
        var days: [LocalDay] = []
        guard limit > 0 else { return days }
        forEach(from: from) { day in
            days.append(day)
            return days.count < limit
        }
        return days
    }

    // MARK: Periods

    /// The number of the period (year, month, week or day) a day falls in, counted so that
    /// consecutive periods differ by one.
    private func ordinal(of day: LocalDay) -> Int {
        switch rule.frequency {
        case .yearly: day.year
        case .monthly: day.year * 12 + day.month - 1
        case .weekly: (day.dayNumber - day.weekday.index).floorDivided(by: 7)
        case .daily: day.dayNumber
        }
    }

    private func firstDay(period offset: Int) -> LocalDay {
        switch rule.frequency {
        case .yearly: LocalDay(unchecked: start.year + offset, 1, 1)
        case .monthly:
            LocalDay(unchecked: (start.year * 12 + start.month - 1 + offset) / 12, (start.month - 1 + offset) % 12 + 1, 1)
        case .weekly: LocalDay(dayNumber: start.dayNumber - start.weekday.index + 7 * offset)
        case .daily: LocalDay(dayNumber: start.dayNumber + offset)
        }
    }

    /// The days of the period `offset` periods after the first one's, in order.
    private func candidates(period offset: Int) -> [LocalDay] {
        switch rule.frequency {
        case .yearly:
            let year = start.year + offset
            let defaultsOnly = rule.byMonth == nil && rule.byMonthDay == nil && rule.byDay == nil
            let months = rule.byMonth ?? (defaultsOnly ? [start.month] : Array(1...12))
            return (1...12).filter(months.contains).flatMap { monthDays(year: year, month: $0) }
        case .monthly:
            let index = start.year * 12 + start.month - 1 + offset
            let year = index / 12
            let month = index % 12 + 1
            if let byMonth = rule.byMonth, !byMonth.contains(month) { return [] }
            return monthDays(year: year, month: month)
        case .weekly:
            let monday = start.dayNumber - start.weekday.index + 7 * offset
            let weekdays = rule.byDay.map { Set($0.map(\.weekday)) } ?? [start.weekday]
            return (0..<7).map { LocalDay(dayNumber: monday + $0) }.filter { day in
                weekdays.contains(day.weekday) && (rule.byMonth?.contains(day.month) ?? true)
            }
        case .daily:
            let day = LocalDay(dayNumber: start.dayNumber + offset)
            guard rule.byMonth?.contains(day.month) ?? true,
                  rule.byMonthDay.map({ matches(monthDays: $0, day) }) ?? true,
                  rule.byDay.map({ rules in rules.contains { $0.weekday == day.weekday } }) ?? true
            else { return [] }
            return [day]
        }
    }

    /// The days of one month of a YEARLY or MONTHLY period that BYMONTHDAY and BYDAY keep.
    private func monthDays(year: Int, month: Int) -> [LocalDay] {
        let length = LocalDay.daysIn(month: month, year: year)
        let monthDays = rule.byMonthDay ?? (rule.byDay == nil ? [start.day] : nil)
        var days: [LocalDay] = []
        for dayOfMonth in 1...length {
            let day = LocalDay(unchecked: year, month, dayOfMonth)
            if let monthDays, !matches(monthDays: monthDays, day) { continue }
            if let byDay = rule.byDay, !byDay.contains(where: { matches($0, day) }) { continue }
            days.append(day)
        }
        return days
    }

    private func matches(monthDays: [Int], _ day: LocalDay) -> Bool {
        let length = LocalDay.daysIn(month: day.month, year: day.year)
        return monthDays.contains { $0 > 0 ? $0 == day.day : length + $0 + 1 == day.day }
    }

    /// Whether `day` is the weekday `rule` names, and the ordinal one of its month (MONTHLY, or
    /// YEARLY with BYMONTH) or of its year (YEARLY without BYMONTH).
    private func matches(_ weekdayRule: WeekdayRule, _ day: LocalDay) -> Bool {
        guard weekdayRule.weekday == day.weekday else { return false }
        guard let ordinal = weekdayRule.ordinal else { return true }
        let position: Int
        let length: Int
        if rule.frequency == .monthly || rule.byMonth != nil {
            position = day.day
            length = LocalDay.daysIn(month: day.month, year: day.year)
        } else {
            position = day.dayNumber - LocalDay(unchecked: day.year, 1, 1).dayNumber + 1
            length = LocalDay.isLeap(day.year) ? 366 : 365
        }
        return ordinal > 0 ? (position - 1) / 7 + 1 == ordinal : (length - position) / 7 + 1 == -ordinal
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
