import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct ReminderPlannerTests {
    private func deadline(
        _ due: DeadlineDue, rrule: String? = nil, leads: [Int64] = Deadline.defaultLeadTimes, minute: Int = 480,
        overdue: Int64? = 7 * 86_400, armedAt: Date = at("2026-01-01T00:00:00.000Z")
    ) -> Deadline {
        Deadline(
            id: 7, title: "Báo cáo năm", scope: .district, due: due, rrule: rrule, leadTimes: leads, localMinute: minute,
            overdueInterval: overdue, armedAt: armedAt, createdBy: 0, createdAt: armedAt)
    }

    private func plan(_ deadline: Deadline, _ history: ReminderHistory = ReminderHistory(), limit: Int = 6) throws -> [String] {
        try ReminderPlanner.upcoming(for: DeadlineSchedule(deadline), history: history, limit: limit)
            .map { "\($0.key.kind.rawValue) \($0.key.n) \($0.key.occurrence) \(stamp($0.dueAt))" }
    }

    @Test func leadsAtTheLocalHourThenWeeklyOverdue() throws {
        // 15 December 2026; 08:00 in Vietnam is 01:00 UTC.
        let yearEnd = try plan(deadline(.date(CalendarDate("2026-12-15")!)))
        #expect(yearEnd == [
            "lead 2592000 2026-12-15 2026-11-15T01:00:00.000Z",
            "lead 604800 2026-12-15 2026-12-08T01:00:00.000Z",
            "lead 86400 2026-12-15 2026-12-14T01:00:00.000Z",
            "overdue 1 2026-12-15 2026-12-22T01:00:00.000Z",
            "overdue 2 2026-12-15 2026-12-29T01:00:00.000Z",
            "overdue 3 2026-12-15 2027-01-05T01:00:00.000Z",
        ])
    }

    @Test func theLocalHourIsConfigurable() throws {
        // 17:30 in Vietnam is 10:30 UTC.
        let evening = try plan(deadline(.date(CalendarDate("2026-12-15")!), leads: [86_400], minute: 17 * 60 + 30, overdue: nil))
        #expect(evening == ["lead 86400 2026-12-15 2026-12-14T10:30:00.000Z"])
    }

    @Test func anInstantDeadlineCountsLeadsFromTheInstant() throws {
        let instant = try plan(deadline(.instant(at("2026-12-15T09:45:00.000Z")), leads: [3600, 86_400], overdue: 3600), limit: 4)
        #expect(instant == [
            "lead 86400 2026-12-15T09:45:00.000Z 2026-12-14T09:45:00.000Z",
            "lead 3600 2026-12-15T09:45:00.000Z 2026-12-15T08:45:00.000Z",
            "overdue 1 2026-12-15T09:45:00.000Z 2026-12-15T10:45:00.000Z",
            "overdue 2 2026-12-15T09:45:00.000Z 2026-12-15T11:45:00.000Z",
        ])
    }

    @Test func reachedStopsEverythingAndAcknowledgedStopsOverdue() throws {
        let report = deadline(.date(CalendarDate("2026-12-15")!))
        #expect(try plan(report, ReminderHistory(reached: ["2026-12-15"])).isEmpty)
        let acknowledged = try plan(report, ReminderHistory(acknowledged: ["2026-12-15"]))
        #expect(acknowledged.count == 3 && acknowledged.allSatisfy { $0.hasPrefix("lead") })
        // After the first overdue repeat was delivered and then acknowledged, nothing more comes.
        let last = ReminderKey(deadlineID: 7, occurrence: "2026-12-15", kind: .overdue, n: 1)
        #expect(try plan(report, ReminderHistory(lastDelivered: last, lastDueAt: at("2026-12-22T01:00:00.000Z"), acknowledged: ["2026-12-15"])).isEmpty)
    }

    @Test func remindersBeforeArmingNeverCome() throws {
        // Created on 10 December: the 30- and 7-day leads are past and skipped.
        let armed = try plan(deadline(.date(CalendarDate("2026-12-15")!), armedAt: at("2026-12-10T00:00:00.000Z")), limit: 2)
        #expect(armed == ["lead 86400 2026-12-15 2026-12-14T01:00:00.000Z", "overdue 1 2026-12-15 2026-12-22T01:00:00.000Z"])
        // Created long after the day: the overdue repeats go on from there.
        let late = try plan(deadline(.date(CalendarDate("2026-12-15")!), armedAt: at("2027-02-01T00:00:00.000Z")), limit: 1)
        #expect(late == ["overdue 7 2026-12-15 2027-02-02T01:00:00.000Z"])
    }

    @Test func yearlyRecurrenceMovesOnAndSupersedesOverdue() throws {
        let yearly = deadline(.date(CalendarDate("2026-12-15")!), rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", leads: [86_400], overdue: 28 * 86_400)
        let yearlyPlan = try plan(yearly, limit: 16)
        // 2026's overdue repeats run every 28 days until 2027's deadline has passed (13 of them, the last
        // on 14 December 2027), then 2027's.
        #expect(yearlyPlan.first == "lead 86400 2026-12-15 2026-12-14T01:00:00.000Z")
        #expect(yearlyPlan.filter { $0.contains(" 2026-12-15 ") }.count == 1 + 13)
        #expect(yearlyPlan.contains("lead 86400 2027-12-15 2027-12-14T01:00:00.000Z"))
        #expect(yearlyPlan.last == "overdue 1 2027-12-15 2028-01-12T01:00:00.000Z")
        let dues = try ReminderPlanner.upcoming(for: DeadlineSchedule(yearly), history: ReminderHistory(), limit: 16).map(\.dueAt)
        #expect(dues == dues.sorted())
    }

    @Test func occurrencesAfterAnInstant() throws {
        let yearly = try DeadlineSchedule(deadline(.date(CalendarDate("2026-12-15")!), rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"))
        // 15 December 2027 ends at midnight Vietnam time, 17:00 UTC: a second before, it is still to come.
        #expect(yearly.occurrences(after: at("2027-12-15T16:59:59.000Z"), limit: 2).map(\.key) == ["2027-12-15", "2028-12-15"])
        #expect(yearly.occurrences(after: at("2027-12-15T17:00:00.000Z"), limit: 1).map(\.key) == ["2028-12-15"])
        let once = try DeadlineSchedule(deadline(.instant(at("2026-12-15T09:45:00.000Z"))))
        #expect(once.occurrences(after: at("2026-12-15T09:44:59.000Z"), limit: 5).map(\.key) == ["2026-12-15T09:45:00.000Z"])
        #expect(once.occurrences(after: at("2026-12-15T09:45:00.000Z"), limit: 5).isEmpty)
        #expect(yearly.hasOccurrence("2031-12-15") && !yearly.hasOccurrence("2031-12-16") && !yearly.hasOccurrence("2025-12-15"))
        #expect(once.hasOccurrence("2026-12-15T09:45:00.000Z") && !once.hasOccurrence("2026-12-15T09:45:01.000Z"))
        #expect(!yearly.hasOccurrence("15/12/2031"))
    }

    @Test func aRuleThatDoesNotParseIsRefused() {
        #expect(throws: RecurrenceError(part: "BYMONTHDAY", reason: "32 is not a day of a month")) {
            try DeadlineSchedule(deadline(.date(CalendarDate("2026-12-15")!), rrule: "FREQ=YEARLY;BYMONTHDAY=32"))
        }
    }
}
