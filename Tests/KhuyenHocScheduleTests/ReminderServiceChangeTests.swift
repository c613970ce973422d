import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct ReminderServiceChangeTests {
    @Test func acknowledgingThroughTheServiceReArms() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(
            NewDeadline(title: "Tự đánh giá", due: .date(CalendarDate("2026-12-15")!)), by: 1000, at: at("2026-10-01T00:00:00.000Z"))
        let clock = ManualClock(at("2026-12-22T01:00:00.000Z"))
        let service = ReminderService(store: store, clock: clock, announcer: RecordingAnnouncer())
        try await service.start()
        let delivered = await service.deliverDue()
        #expect(await service.upcoming(of: deadline.id, limit: 2).map(\.key.n) == [2, 3])
        let overdue = try #require(delivered.last)
        #expect(overdue.key.kind == .overdue)
        let acknowledged = try await service.acknowledge(deliveryID: overdue.id, by: 1001)
        #expect(acknowledged.acknowledgedBy == 1001)
        #expect(await service.upcoming(of: deadline.id, limit: 2).isEmpty)
        #expect(await service.nextWake == nil)
    }

    @Test func markingReachedThroughTheServiceStopsTheLeads() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let deadline = try await store.createDeadline(
            NewDeadline(title: "Đăng ký", due: .date(CalendarDate("2026-12-15")!)), by: 1000, at: at("2026-10-01T00:00:00.000Z"))
        let service = ReminderService(store: store, clock: ManualClock(at("2026-10-02T00:00:00.000Z")), announcer: RecordingAnnouncer())
        try await service.start()
        #expect(await service.upcoming(of: deadline.id, limit: 3).count == 3)
        await #expect(throws: DeadlineStoreError.invalidValue(field: "occurrence", reason: "2026-12-16 is not an occurrence of deadline \(deadline.id)")) {
            try await service.markReached(deadline.id, occurrence: "2026-12-16", by: 1000)
        }
        #expect(await service.upcoming(of: deadline.id, limit: 3).count == 3)
        try await service.markReached(deadline.id, occurrence: "2026-12-15", by: 1000)
        #expect(await service.nextWake == nil)
    }
}
