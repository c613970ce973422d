import Foundation
import Synchronization
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

/// The real clock: bounded waits of about a second, and a clock change (as root: the clock set to
/// the time it already shows, which disturbs nothing but still counts as a change — for every
/// timerfd of the machine, hence one test at a time here).
@Suite(.serialized) struct TimerFDClockTests {
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

    @Test(.enabled(if: getuid() == 0, "setting the clock needs CAP_SYS_TIME"))
    func settingTheClockEndsTheSleepAsAClockChange() async throws {
        let clock = try TimerFDClock()
        defer { clock.shutdown() }
        let outcome = Mutex<ClockWake?>(nil)
        let sleeper = Task {
            let wake = await clock.sleep(until: Date().addingTimeInterval(3600))
            outcome.withLock { $0 = wake }
        }
        // The timer reports only changes made after it was armed on its thread: set the clock
        // until the sleep ends, every 100 ms for at most 30 s.
        for _ in 0..<300 where outcome.withLock({ $0 }) == nil {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            guard clock_settime(CLOCK_REALTIME, &now) == 0 else {
                // Root without CAP_SYS_TIME (a container): nothing to test here.
                sleeper.cancel()
                clock.wake()
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        await sleeper.value
        #expect(outcome.withLock { $0 } == .clockChanged)
    }
}
