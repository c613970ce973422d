import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct DeadlineStoreTests {
    private let now = at("2026-10-01T00:00:00.000Z")

    @Test func createsReadsAndUpdatesADeadline() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let created = try await store.createDeadline(
            NewDeadline(title: "Nộp báo cáo", titleVi: "Nộp báo cáo năm", due: .date(CalendarDate("2026-12-15")!),
                        rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", leadTimes: [86_400, 30 * 86_400]),
            by: 1000, at: now)
        #expect(created.leadTimes == [30 * 86_400, 86_400])
        #expect(created.createdBy == 1000 && created.armedAt == now)
        #expect(try await store.deadline(created.id) == created)
        // A change of title alone keeps the arming instant; a change of schedule re-arms.
        var change = NewDeadline(title: "Báo cáo", due: created.due, rrule: created.rrule, leadTimes: created.leadTimes)
        let renamed = try await store.updateDeadline(created.id, change, at: now.addingTimeInterval(day))
        #expect(renamed.armedAt == now && renamed.title == "Báo cáo")
        change.leadTimes = [86_400]
        let rescheduled = try await store.updateDeadline(created.id, change, at: now.addingTimeInterval(day))
        #expect(rescheduled.armedAt == now.addingTimeInterval(day))
    }

    @Test func titlesAreStoredInNFC() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let decomposed = "Ho\u{0323}c ta\u{0323}\u{0302}p"  // "Học tập" with combining marks
        let created = try await store.createDeadline(NewDeadline(title: decomposed, due: .date(CalendarDate("2026-12-15")!)), by: 0, at: now)
        #expect(created.title.unicodeScalars.elementsEqual("H\u{1ECD}c t\u{1EAD}p".unicodeScalars))
    }

    @Test(arguments: [
        (NewDeadline(title: " ", due: .date(CalendarDate("2026-12-15")!)), "title", "must not be empty"),
        (NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!), leadTimes: [3600]), "leadTimes",
         "3600 s is not a whole number of days, as a date deadline needs"),
        (NewDeadline(title: "x", due: .instant(Date(timeIntervalSince1970: 1_800_000_000)), leadTimes: [0]), "leadTimes",
         "0 s is not between 1 s and 366 days"),
        (NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!), leadTimes: [86_400, 86_400]), "leadTimes", "86400 s is given twice"),
        (NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!), localMinute: 1440), "reminderTime",
         "minute 1440 is not a time of day (0–1439)"),
        (NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!), overdueInterval: 30), "overdueInterval",
         "30 s is not between 1 minute and 366 days"),
        (NewDeadline(title: "x", scope: .commune(99), due: .date(CalendarDate("2026-12-15")!)), "communeId", "no commune has id 99"),
    ])
    func refusesBadValuesNamingTheField(new: NewDeadline, field: String, reason: String) async throws {
        let store = try SQLiteRegistryStore.inMemory()
        await #expect(throws: DeadlineStoreError.invalidValue(field: field, reason: reason)) {
            try await store.createDeadline(new, by: 0, at: now)
        }
        #expect(try await store.allDeadlines().isEmpty)
    }

    @Test func aReminderIsRecordedOnlyOnce() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!)), by: 0, at: now)
        let key = ReminderKey(deadlineID: deadline.id, occurrence: "2026-12-15", kind: .lead, n: 86_400)
        let first = try await store.recordDelivery(key, dueAt: now, deliveredAt: now, late: false)
        await #expect(throws: DeadlineStoreError.alreadyDelivered(key)) {
            try await store.recordDelivery(key, dueAt: now, deliveredAt: now.addingTimeInterval(5), late: true)
        }
        #expect(try await store.deliveries(of: deadline.id) == [first])
        #expect(try await store.unannouncedDeliveries() == [first])
        try await store.markAnnounced(deliveryID: first.id, at: now)
        #expect(try await store.unannouncedDeliveries().isEmpty)
    }

    @Test func historyHasTheLastDeliveryReachedAndAcknowledged() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!)), by: 0, at: now)
        let lead = ReminderKey(deadlineID: deadline.id, occurrence: "2026-12-15", kind: .lead, n: 86_400)
        let overdue = ReminderKey(deadlineID: deadline.id, occurrence: "2026-12-15", kind: .overdue, n: 1)
        _ = try await store.recordDelivery(lead, dueAt: at("2026-12-14T01:00:00.000Z"), deliveredAt: now, late: false)
        let repeat1 = try await store.recordDelivery(overdue, dueAt: at("2026-12-22T01:00:00.000Z"), deliveredAt: now, late: false)
        let acknowledged = try await store.acknowledge(deliveryID: repeat1.id, by: 1000, at: now)
        #expect(acknowledged.acknowledgedBy == 1000 && acknowledged.acknowledgedAt == now)
        try await store.markReached(deadline.id, occurrence: "2027-12-15", by: 1000, at: now)
        let history = try await store.reminderHistory(deadline.id)
        #expect(history.lastDelivered == overdue && history.lastDueAt == at("2026-12-22T01:00:00.000Z"))
        #expect(history.acknowledged == ["2026-12-15"] && history.reached == ["2027-12-15"])
        #expect(try await store.reminderHistories() == [deadline.id: history])
        await #expect(throws: DeadlineStoreError.notFound(what: "reminder delivery", id: 999)) {
            try await store.acknowledge(deliveryID: 999, by: 0, at: now)
        }
    }

    @Test func deletingADeadlineRemovesItsHistory() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(NewDeadline(title: "x", due: .date(CalendarDate("2026-12-15")!)), by: 0, at: now)
        let key = ReminderKey(deadlineID: deadline.id, occurrence: "2026-12-15", kind: .lead, n: 86_400)
        _ = try await store.recordDelivery(key, dueAt: now, deliveredAt: now, late: false)
        try await store.deleteDeadline(deadline.id)
        #expect(try await store.unannouncedDeliveries().isEmpty)
        await #expect(throws: DeadlineStoreError.notFound(what: "deadline", id: deadline.id)) { try await store.deadline(deadline.id) }
    }
}
