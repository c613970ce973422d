import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct ReminderServiceTests {
    private let created = at("2026-10-01T00:00:00.000Z")
    /// 15 December 2026, reminders 30, 7 and 1 day before at 08:00 (01:00 UTC), overdue weekly.
    private let report = NewDeadline(title: "Báo cáo năm", due: .date(CalendarDate("2026-12-15")!))

    private func describe(_ deliveries: [ReminderDelivery]) -> [String] {
        deliveries.map { "\($0.key.kind.rawValue) \($0.key.n)\($0.late ? " late" : "")" }
    }

    @Test func deliversEachReminderWhenDueAndNothingBefore() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(created)
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        #expect(await service.nextWake == at("2026-11-15T01:00:00.000Z"))
        clock.set(at("2026-11-15T00:59:59.000Z"))
        #expect(await service.deliverDue().isEmpty)
        clock.set(at("2026-11-15T01:00:00.000Z"))
        let first = await service.deliverDue()
        #expect(describe(first) == ["lead 2592000"])
        #expect(announcer.announced.map(\.delivery.id) == first.map(\.id))
        #expect(announcer.announced.first?.deadline.title == "Báo cáo năm")
        #expect(await service.nextWake == at("2026-12-08T01:00:00.000Z"))
        #expect(try await store.unannouncedDeliveries().isEmpty)
        #expect(try await store.deliveries(of: deadline.id).count == 1)
    }

    @Test func suspendPastSeveralDeliversEachOnceInOrderMarkedLate() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        _ = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(created)
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        // Resume on 23 December: all three leads and the first overdue repeat fell due meanwhile.
        clock.set(at("2026-12-23T03:00:00.000Z"), jump: true)
        let delivered = await service.deliverDue()
        #expect(describe(delivered) == ["lead 2592000 late", "lead 604800 late", "lead 86400 late", "overdue 1 late"])
        #expect(delivered.map(\.dueAt) == delivered.map(\.dueAt).sorted())
        #expect(await service.deliverDue().isEmpty)
        #expect(announcer.announced.count == 4)
        #expect(await service.nextWake == at("2026-12-29T01:00:00.000Z"))
    }

    @Test func aClockSetBackwardsRepeatsNothing() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(created)
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        clock.set(at("2026-12-08T01:00:30.000Z"))
        #expect(describe(await service.deliverDue()) == ["lead 2592000 late", "lead 604800"])
        // Someone sets the clock back a month, then time runs forward again past the same instants.
        clock.set(at("2026-11-08T00:00:00.000Z"), jump: true)
        #expect(await service.deliverDue().isEmpty)
        #expect(await service.nextWake == at("2026-12-14T01:00:00.000Z"))
        clock.set(at("2026-12-08T02:00:00.000Z"))
        #expect(await service.deliverDue().isEmpty)
        clock.set(at("2026-12-14T01:00:00.000Z"))
        #expect(describe(await service.deliverDue()) == ["lead 86400"])
        #expect(try await store.deliveries(of: deadline.id).count == 3)
        #expect(announcer.announced.count == 3)
    }

    @Test func overdueRepeatsStopWhenReachedOrAcknowledged() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let reached = try await store.createDeadline(report, by: 1000, at: created)
        let acknowledged = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(at("2026-12-22T01:00:00.000Z"))
        let service = ReminderService(store: store, clock: clock, announcer: RecordingAnnouncer())
        try await service.start()
        let first = await service.deliverDue()
        #expect(first.count == 8)  // 3 leads + 1 overdue, for each
        try await store.markReached(reached.id, occurrence: "2026-12-15", by: 1000, at: clock.now())
        try await service.deadlineChanged(reached.id)
        let repeat1 = try #require(first.first { $0.key.deadlineID == acknowledged.id && $0.key.kind == .overdue })
        _ = try await store.acknowledge(deliveryID: repeat1.id, by: 1000, at: clock.now())
        try await service.deadlineChanged(acknowledged.id)
        #expect(await service.nextWake == nil)
        clock.set(at("2027-06-01T00:00:00.000Z"))
        #expect(await service.deliverDue().isEmpty)
    }

    @Test func catchUpAfterARestartDeliversOnceMarkedLate() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(at("2026-11-15T01:00:00.000Z"))
        let before = ReminderService(store: store, clock: clock, announcer: RecordingAnnouncer())
        try await before.start()
        #expect(describe(await before.deliverDue()) == ["lead 2592000"])
        // Down from here to 15 December 05:00 UTC; a new service on the same store.
        clock.set(at("2026-12-15T05:00:00.000Z"), jump: true)
        let announcer = RecordingAnnouncer()
        let after = ReminderService(store: store, clock: clock, announcer: announcer)
        #expect(try await after.start().isEmpty)
        #expect(describe(await after.deliverDue()) == ["lead 604800 late", "lead 86400 late"])
        // And a third start delivers nothing again.
        let again = ReminderService(store: store, clock: clock, announcer: RecordingAnnouncer())
        try await again.start()
        #expect(await again.deliverDue().isEmpty)
        #expect(try await store.deliveries(of: deadline.id).count == 3)
    }

    @Test func whatFellDueWhileStoppedIsLateHoweverShortTheStop() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        _ = try await store.createDeadline(report, by: 1000, at: created)
        // Stopped a few seconds before the first lead, started again a few seconds after it.
        let clock = ManualClock(at("2026-11-15T01:00:05.000Z"))
        let service = ReminderService(store: store, clock: clock, announcer: RecordingAnnouncer(), lateAfter: 60)
        try await service.start()
        #expect(describe(await service.deliverDue()) == ["lead 2592000 late"])
        // While running, a reminder delivered within lateAfter of its instant is on time.
        clock.set(at("2026-12-08T01:00:02.000Z"))
        #expect(describe(await service.deliverDue()) == ["lead 604800"])
    }

    @Test func aCrashBetweenRecordAndAnnouncementAnnouncesOnceAfterRestart() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(at("2026-11-15T01:00:00.000Z"))
        // What a run does up to the crash: the delivery is committed, the announcement never made.
        let planned = try #require(ReminderPlanner.next(for: DeadlineSchedule(deadline), history: ReminderHistory()))
        let recorded = try await store.recordDelivery(planned.key, dueAt: planned.dueAt, deliveredAt: clock.now(), late: false)
        let announcer = RecordingAnnouncer()
        let restarted = ReminderService(store: store, clock: clock, announcer: announcer)
        #expect(try await restarted.start() == [recorded])
        #expect(announcer.announced.map(\.delivery.id) == [recorded.id])
        #expect(announcer.announced.first?.afterRestart == true)
        // The reminder is not delivered a second time, and the next restart announces nothing.
        #expect(await restarted.deliverDue().isEmpty)
        #expect(await restarted.nextWake == at("2026-12-08T01:00:00.000Z"))
        let announcer2 = RecordingAnnouncer()
        let again = ReminderService(store: store, clock: clock, announcer: announcer2)
        #expect(try await again.start().isEmpty)
        #expect(await again.deliverDue().isEmpty)
        #expect(announcer2.announced.isEmpty)
        #expect(try await store.deliveries(of: deadline.id).count == 1)
    }

    @Test func theLoopSleepsUntilTheNextDueInstantAndReArmsOnChange() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        _ = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(created)
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        let loop = Task { await service.run() }
        defer { loop.cancel() }
        #expect(await waitUntil { clock.isSleeping })
        #expect(clock.sleeps.last == at("2026-11-15T01:00:00.000Z"))
        // A new deadline due earlier: the loop is woken and sleeps until its reminder instead.
        let sooner = try await store.createDeadline(
            NewDeadline(title: "Đăng ký", due: .instant(at("2026-10-02T00:00:00.000Z")), leadTimes: [3600], overdueInterval: nil),
            by: 1000, at: created)
        try await service.deadlineChanged(sooner.id)
        #expect(await waitUntil { clock.sleeps.last == at("2026-10-01T23:00:00.000Z") && clock.isSleeping })
        clock.set(at("2026-10-01T23:00:00.000Z"))
        #expect(await announcer.wait(for: 1))
        #expect(announcer.announced.map(\.deadline.id) == [sooner.id])
        #expect(await waitUntil { clock.sleeps.last == at("2026-11-15T01:00:00.000Z") && clock.isSleeping })
        // Each wake-up had a reason: no sleep was for nothing.
        #expect(clock.sleeps.count <= 5)
        loop.cancel()
        clock.wake()
    }
}
