import Foundation
import KhuyenHocSchedule
import Testing

/// Expected days were worked out by hand with a calendar and agree with python-dateutil 2.9.0's
/// `rrulestr` for the same rules and DTSTART.
@Suite struct RecurrenceRuleTests {
    private func days(_ text: String, from start: String, limit: Int = 10, after: String? = nil) throws -> [String] {
        let rule = try RecurrenceRule(parsing: text)
        let generator = OccurrenceGenerator(rule: rule, start: day(start)) { VietnamTime.instant($0) }
        return generator.days(from: after.map(day), limit: limit).map(\.description)
    }

    private func day(_ text: String) -> LocalDay {
        let parts = text.split(separator: "-").map { Int($0)! }
        return LocalDay(year: parts[0], month: parts[1], day: parts[2])!
    }

    @Test func every15December() throws {
        #expect(try days("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", from: "2026-12-15", limit: 3)
            == ["2026-12-15", "2027-12-15", "2028-12-15"])
        // Starting on another day, the first occurrence is the next 15 December.
        #expect(try days("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", from: "2026-03-01", limit: 1) == ["2026-12-15"])
    }

    @Test func february29ComesOnlyInLeapYears() throws {
        #expect(try days("FREQ=YEARLY", from: "2024-02-29", limit: 3) == ["2024-02-29", "2028-02-29", "2032-02-29"])
        // 2100 is not a leap year.
        #expect(try days("FREQ=YEARLY", from: "2096-02-29", limit: 2) == ["2096-02-29", "2104-02-29"])
    }

    @Test func the31stIsSkippedInShortMonths() throws {
        #expect(try days("FREQ=MONTHLY", from: "2026-01-31", limit: 5)
            == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"])
        #expect(try days("FREQ=YEARLY;BYMONTHDAY=31", from: "2026-01-01", limit: 8)
            == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31", "2027-01-31"])
    }

    @Test func negativeMonthDayCountsFromTheEnd() throws {
        #expect(try days("FREQ=MONTHLY;BYMONTHDAY=-1", from: "2026-01-31", limit: 4)
            == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"])
        #expect(try days("FREQ=MONTHLY;BYMONTHDAY=-1", from: "2028-02-01", limit: 1) == ["2028-02-29"])
    }

    @Test func ordinalWeekdays() throws {
        #expect(try days("FREQ=MONTHLY;BYDAY=-1FR", from: "2026-01-01", limit: 3) == ["2026-01-30", "2026-02-27", "2026-03-27"])
        #expect(try days("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", from: "2026-01-01", limit: 2) == ["2026-11-26", "2027-11-25"])
        // Without BYMONTH the ordinal counts within the year.
        #expect(try days("FREQ=YEARLY;BYDAY=20MO", from: "2026-01-01", limit: 2) == ["2026-05-18", "2027-05-17"])
        #expect(try days("FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO,-1SU;COUNT=5", from: "2026-01-01")
            == ["2026-01-05", "2026-01-25", "2026-04-06", "2026-04-26", "2026-07-06"])
    }

    @Test func weeklyWithIntervalAndCount() throws {
        // 2026-12-01 is a Tuesday: the Monday before it is not an occurrence and is not counted.
        #expect(try days("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4", from: "2026-12-01")
            == ["2026-12-02", "2026-12-14", "2026-12-16", "2026-12-28"])
    }

    @Test func untilIsInclusiveAndCountStops() throws {
        #expect(try days("FREQ=DAILY;UNTIL=20261203", from: "2026-12-01") == ["2026-12-01", "2026-12-02", "2026-12-03"])
        #expect(try days("FREQ=YEARLY;COUNT=2", from: "2026-12-15") == ["2026-12-15", "2027-12-15"])
        // An UNTIL instant: 2026-12-03 00:00 Vietnam time is 2026-12-02T17:00Z, so the 3rd is in, the 4th out.
        #expect(try days("FREQ=DAILY;UNTIL=20261202T170000Z", from: "2026-12-01") == ["2026-12-01", "2026-12-02", "2026-12-03"])
    }

    @Test func generationCanStartLater() throws {
        #expect(try days("FREQ=DAILY;INTERVAL=3", from: "2020-01-01", limit: 2, after: "2026-12-01") == ["2026-12-01", "2026-12-04"])
        #expect(try days("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", from: "2000-12-15", limit: 1, after: "2026-12-16") == ["2027-12-15"])
    }

    @Test func aRuleThatNeverMatchesEnds() throws {
        #expect(try days("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", from: "2026-01-01").isEmpty)
        #expect(try days("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", from: "2026-01-01").isEmpty)
    }

    @Test func roundTripsAsText() throws {
        let rule = try RecurrenceRule(parsing: "freq=monthly;interval=2;byday=1MO,-1FR;until=20301215T010000Z")
        #expect(rule.text == "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,-1FR;UNTIL=20301215T010000Z")
        #expect(try RecurrenceRule(parsing: rule.text) == rule)
    }

    @Test(arguments: [
        ("FREQ=YEARLY;BYMONTHDAY=32", "BYMONTHDAY", "32 is not a day of a month"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY", "0 is not a day of a month"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH", "13 is not a month (1–12)"),
        ("BYMONTH=12", "FREQ", "is required"),
        ("FREQ=HOURLY", "FREQ", "HOURLY is not supported (YEARLY, MONTHLY, WEEKLY or DAILY)"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL", "0 is not a whole number from 1 to 1000"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20301231", "UNTIL", "cannot be combined with COUNT"),
        ("FREQ=DAILY;COUNT=3;COUNT=4", "COUNT", "is given twice"),
        ("FREQ=WEEKLY;BYDAY=1MO", "BYDAY", "1MO: an ordinal is allowed only with FREQ=MONTHLY or FREQ=YEARLY"),
        ("FREQ=MONTHLY;BYDAY=6MO", "BYDAY", "6 is not an ordinal"),
        ("FREQ=MONTHLY;BYDAY=XX", "BYDAY", "XX is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally after an ordinal such as 1MO or -1FR)"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY", "is not allowed with FREQ=WEEKLY"),
        ("FREQ=YEARLY;BYSETPOS=1", "BYSETPOS", "is not supported"),
        ("FREQ=YEARLY;COLOR=red", "COLOR", "is not a recurrence rule part"),
        ("FREQ=YEARLY;UNTIL=20260230", "UNTIL", "20260230 is not a date YYYYMMDD or a UTC date and time YYYYMMDDTHHMMSSZ"),
        ("FREQ=YEARLY;BYMONTH=", "BYMONTH", "is empty"),
        ("FREQ=YEARLY;BYMONTH=1,,2", "BYMONTH", "has an empty item"),
        ("", "RRULE", "is empty"),
    ])
    func refusesWithPartAndReason(text: String, part: String, reason: String) {
        #expect(throws: RecurrenceError(part: part, reason: reason)) { try RecurrenceRule(parsing: text) }
    }

    @Test func vietnamTimeIsUTCPlus7() {
        let instant = VietnamTime.instant(LocalDay(year: 2026, month: 12, day: 15)!, second: 8 * 3600)
        #expect(instant == Date(timeIntervalSince1970: 1_797_296_400))  // 2026-12-15T01:00:00Z
        let local = VietnamTime.day(of: Date(timeIntervalSince1970: 1_797_296_400 + 16 * 3600))
        #expect(local.day.description == "2026-12-16" && local.second == 0)
    }
}
