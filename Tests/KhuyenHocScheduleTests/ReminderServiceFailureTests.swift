import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct ReminderServiceFailureTests {
    @Test func aFailedRecordAnnouncesNothingAndIsRetriedLater() async throws {
        let base = try SQLiteRegistryStore.inMemory()
        let deadline = try await base.createDeadline(
            NewDeadline(title: "Báo cáo", due: .date(CalendarDate("2026-12-15")!)), by: 1000, at: at("2026-10-01T00:00:00.000Z"))
        let clock = ManualClock(at("2026-11-15T01:00:00.000Z"))
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: FlakyStore(base, failures: 1), clock: clock, announcer: announcer, retryAfter: 30)
        try await service.start()
        #expect(await service.deliverDue().isEmpty)
        #expect(announcer.announced.isEmpty)
        #expect(try await base.deliveries(of: deadline.id).isEmpty)
        // The loop sleeps until the retry, not in a tight loop.
        #expect(await service.nextWake == at("2026-11-15T01:00:30.000Z"))
        clock.set(at("2026-11-15T01:00:10.000Z"))
        #expect(await service.deliverDue().isEmpty)
        clock.set(at("2026-11-15T01:00:30.000Z"))
        let delivered = await service.deliverDue()
        #expect(delivered.map(\.key.n) == [30 * 86_400])
        #expect(announcer.announced.count == 1)
        #expect(await service.nextWake == at("2026-12-08T01:00:00.000Z"))
    }

    /// A restart on a full disk after a crash between recording and marking: the mark fails (best
    /// effort: the delivery stays unmarked, to be announced again after the next restart), and a
    /// start tried again (ReminderSchedulerService retries a start that failed further on) does
    /// not announce it a second time.
    @Test func aStartTriedAgainAfterAFailedMarkDoesNotAnnounceTwice() async throws {
        let base = try SQLiteRegistryStore.inMemory()
        let deadline = try await base.createDeadline(
            NewDeadline(title: "Báo cáo", due: .date(CalendarDate("2026-12-15")!)), by: 1000, at: at("2026-10-01T00:00:00.000Z"))
        let clock = ManualClock(at("2026-11-15T01:00:00.000Z"))
        let first = ReminderService(store: base, clock: clock, announcer: RecordingAnnouncer())
        try await first.start()
        let recorded = try #require(await first.nextReminder(of: deadline.id))
        _ = try await base.recordDelivery(recorded.key, dueAt: recorded.dueAt, deliveredAt: clock.now(), late: false)

        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: FlakyStore(base, failures: 0, markFailures: 1), clock: clock, announcer: announcer)
        #expect(try await service.start().count == 1)
        #expect(announcer.announced.count == 1)
        #expect(try await base.unannouncedDeliveries().count == 1)
        #expect(try await service.start().count == 1)
        #expect(announcer.announced.count == 1)

        let restarted = RecordingAnnouncer()
        #expect(try await ReminderService(store: base, clock: clock, announcer: restarted).start().count == 1)
        #expect(restarted.announced.count == 1)
        #expect(try await base.unannouncedDeliveries().isEmpty)
    }
}
