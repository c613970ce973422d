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
        let announcer = RecordingAnnouncer()
        let service = ReminderService(store: store, clock: clock, announcer: announcer)
        try await service.start()
        let loop = Task { await service.run() }
        defer { loop.cancel() }
        // The loop sleeps with nothing due; a deadline is added with a reminder about a second ahead
        // (a lead of an hour before an instant an hour and a second away), and the loop is woken to
        // re-arm the timer for it.
        let now = Date()
        _ = try await store.createDeadline(
            NewDeadline(title: "Hạn chót", due: .instant(now.addingTimeInterval(3601)), leadTimes: [3600], overdueInterval: nil),
            by: 0, at: now)
        try await service.deadlineChanged(1)
        #expect(await announcer.wait(for: 1, timeout: .seconds(10)))
        let delivered = try #require(announcer.announced.first?.delivery)
        let lateness = delivered.deliveredAt.timeIntervalSince(delivered.dueAt)
        // Never early. How late is the benchmark's business (issue 5's 1 s target, on an idle
        // machine): in a full parallel run on two cores the test's task waited up to 16 s for a
        // thread, so here only the 10 s bound of the wait above holds.
        #expect(lateness >= 0, "delivered \(lateness) s before due")
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
        // Woken long before the instant it sleeps until (a loaded full run took 16 s to get here).
        #expect(await clock.sleep(until: Date().addingTimeInterval(180)) == .woken)
        #expect(ContinuousClock().now - started < .seconds(90))
    }
}
