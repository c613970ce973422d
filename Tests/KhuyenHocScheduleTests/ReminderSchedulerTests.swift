import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct ReminderSchedulerTests {
    private let armedAt = at("2026-10-01T00:00:00.000Z")

    private func deadline(_ id: Int64, _ date: String, rrule: String? = nil) -> Deadline {
        Deadline(id: id, title: "Hạn \(id)", scope: .district, due: .date(CalendarDate(date)!), rrule: rrule,
                 armedAt: armedAt, createdBy: 0, createdAt: armedAt)
    }

    @Test func dueListsEveryDeadlinesRemindersInOneOrder() throws {
        var scheduler = ReminderScheduler()
        var expected: [PlannedReminder] = []
        let limit = at("2027-03-01T00:00:00.000Z")
        for id in Int64(1)...300 {
            let local = LocalDay(year: 2026, month: 11, day: 1)!.adding(days: Int(id * 37 % 200))
            let deadline = deadline(id, local.description, rrule: id % 5 == 0 ? "FREQ=MONTHLY;BYMONTHDAY=-1" : nil)
            try scheduler.arm(deadline, history: ReminderHistory())
            expected += ReminderPlanner.upcoming(for: try DeadlineSchedule(deadline), history: ReminderHistory(), limit: 200)
                .filter { $0.dueAt <= limit }
        }
        let due = scheduler.due(at: limit)
        #expect(due == expected.sorted())
        #expect(scheduler.nextWake == expected.map(\.dueAt).min())
        // `due(at:)` leaves the scheduler as it was.
        #expect(scheduler.due(at: limit) == due)
    }

    @Test func reArmingReplacesTheOldReminderAndRemovingForgetsIt() throws {
        var scheduler = ReminderScheduler()
        try scheduler.arm(deadline(1, "2026-12-15"), history: ReminderHistory())
        try scheduler.arm(deadline(2, "2027-03-01"), history: ReminderHistory())
        #expect(scheduler.nextWake == at("2026-11-15T01:00:00.000Z"))
        // Moved to later than deadline 2: its old reminder instant is gone.
        for _ in 0..<500 { try scheduler.arm(deadline(1, "2027-06-01"), history: ReminderHistory()) }
        #expect(scheduler.nextWake == at("2027-01-30T01:00:00.000Z"))
        #expect(scheduler.nextReminder(of: 1)?.dueAt == at("2027-05-02T01:00:00.000Z"))
        scheduler.remove(2)
        #expect(scheduler.nextWake == at("2027-05-02T01:00:00.000Z"))
        #expect(scheduler.deadlineCount == 1)
        #expect(scheduler.due(at: at("2027-05-02T01:00:00.000Z")).map(\.key.n) == [30 * 86_400])
    }

    @Test func advancingMovesToTheDeadlinesNextReminder() throws {
        var scheduler = ReminderScheduler()
        try scheduler.arm(deadline(1, "2026-12-15"), history: ReminderHistory())
        let first = try #require(scheduler.firstDue(at: at("2026-11-15T01:00:00.000Z")))
        #expect(scheduler.firstDue(at: at("2026-11-15T00:59:59.000Z")) == nil)
        scheduler.advance(past: first)
        #expect(scheduler.nextWake == at("2026-12-08T01:00:00.000Z"))
        // Advancing past a reminder that is no longer the deadline's next changes nothing.
        scheduler.advance(past: first)
        #expect(scheduler.nextWake == at("2026-12-08T01:00:00.000Z"))
    }

    @Test func anUnparsableRuleLeavesTheDeadlineUnarmed() throws {
        var scheduler = ReminderScheduler()
        try scheduler.arm(deadline(1, "2026-12-15"), history: ReminderHistory())
        #expect(throws: RecurrenceError.self) { try scheduler.arm(deadline(1, "2026-12-15", rrule: "FREQ=SOMETIMES"), history: ReminderHistory()) }
        #expect(scheduler.nextWake == nil && scheduler.deadlineCount == 0)
    }
}
