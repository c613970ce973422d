import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

/// The real clock: bounded waits of about a second. (A clock change, which ends the wait with
/// ECANCELED, needs CAP_SYS_TIME and would disturb the machine; it is not tested here.)
@Suite struct TimerFDClockTests {
    @Test func aRealTimerDeliversAboutOnTime() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let clock = try TimerFDClock()
        defer { clock.shutdown() }
        let start = Date()
        // A lead of an hour before an instant an hour and a second away: due in about a second.
        let due = start.addingTimeInterval(3601)
        _ = try await store.createDeadline(
            NewDeadline(title: "Hạn chót", due: .instant(due), leadTimes: [3600], overdueInterval: nil), by: 0, at: start)
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        let loop = Task { await service.run() }
        defer { loop.cancel() }
        #expect(await announcer.wait(for: 1, timeout: .seconds(5)))
        let delivered = try #require(announcer.announced.first?.delivery)
        let lateness = delivered.deliveredAt.timeIntervalSince(delivered.dueAt)
        #expect(lateness >= 0 && lateness < 0.5, "delivered \(lateness) s after due")
        #expect(!delivered.late)
        loop.cancel()
        clock.wake()
    }

    @Test func theTimerWakesEarlyOnRequest() async throws {
        let clock = try TimerFDClock()
        defer { clock.shutdown() }
        let started = ContinuousClock().now
        #expect(await clock.sleep(until: Date().addingTimeInterval(0.2)) == .due)
        #expect(ContinuousClock().now - started >= .milliseconds(190))
        clock.wake()
        #expect(await clock.sleep(until: Date().addingTimeInterval(60)) == .woken)
        #expect(ContinuousClock().now - started < .seconds(5))
    }
}
