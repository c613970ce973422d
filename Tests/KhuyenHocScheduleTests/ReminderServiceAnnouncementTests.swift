import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

/// A delivery is marked announced only once the announcer says every channel took it: a process
/// that dies while a slow channel (the hook command) has not announces it again at its next start.
@Suite struct ReminderServiceAnnouncementTests {
    private let created = at("2026-10-01T00:00:00.000Z")
    /// 15 December 2026, reminders 30, 7 and 1 day before at 08:00 (01:00 UTC), overdue weekly.
    private let report = NewDeadline(title: "Báo cáo năm", due: .date(CalendarDate("2026-12-15")!))

    @Test func aDeliveryIsMarkedAnnouncedOnlyOnceEveryChannelTookIt() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        _ = try await store.createDeadline(report, by: 1000, at: created)
        let clock = ManualClock(created)
        let announcer = DeferringAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        clock.set(at("2026-12-08T01:00:00.000Z"), jump: true)
        let delivered = await service.deliverDue()
        #expect(delivered.count == 2)
        #expect(announcer.waiting.map(\.delivery.id) == delivered.map(\.id))
        #expect(try await store.unannouncedDeliveries().map(\.id) == delivered.map(\.id))

        // The process dies now: the next start announces both again.
        let restartedAnnouncer = DeferringAnnouncer()
        let restarted = ReminderService(store: store, clock: clock, announcer: restartedAnnouncer)
        #expect(try await restarted.start().map(\.id) == delivered.map(\.id))
        #expect(restartedAnnouncer.waiting.allSatisfy { $0.afterRestart })
        await restartedAnnouncer.takeAll()
        #expect(try await store.unannouncedDeliveries().isEmpty)
        #expect(await restarted.deliverDue().isEmpty)
        #expect(try await store.deliveries(matching: DeliveryFilter(limit: 100)).count == 2)
    }
}
