import Foundation
import KhuyenHocSchedule
import KhuyenHocStore

/// The re-arm alone, on the daemon's own registry file once it has stopped: what the daemon runs
/// after `UpdateDeadline`'s store write (``ReminderService/deadlineChanged(_:)``: read the
/// deadline and its history, re-arm it in the heap), timed without the write, which is done
/// first as the daemon does it.
struct RemindersBenchRearm {
    let registry: String
    let deadlineID: Int64
    let changes: Int

    struct Outcome {
        var start: Duration
        var armed: Int
        var unschedulable: Int
        var rearm: LatencySample
    }

    func run() async throws -> Outcome {
        let store = try SQLiteRegistryStore(path: registry)
        let now = Date()
        let service = ReminderService(store: store, clock: FixedClock(instant: now), announcer: SilentAnnouncer())
        let starting = ContinuousClock.now
        try await service.start()
        let start = ContinuousClock.now - starting
        let unschedulable = await service.unschedulable.count
        let armed = try await store.allDeadlines().count - unschedulable
        let original = try await store.deadline(deadlineID)
        guard case .date(let day) = original.due else { throw BenchError.daemon("deadline \(deadlineID) is not a date deadline") }
        let days = [LocalDay(day).adding(days: 1).calendarDate!, day]
        var rearm = LatencySample()
        for round in 0..<(changes + 10) {
            let new = NewDeadline(
                title: original.title, titleVi: original.titleVi, scope: original.scope, due: .date(days[round % 2]),
                rrule: original.rrule, leadTimes: original.leadTimes, localMinute: original.localMinute,
                overdueInterval: original.overdueInterval)
            _ = try await store.updateDeadline(deadlineID, new, at: now)
            let begin = ContinuousClock.now
            try await service.deadlineChanged(deadlineID)
            let elapsed = ContinuousClock.now - begin
            // The first ten warm up, as over the socket.
            if round >= 10 { rearm.record(elapsed) }
        }
        try store.close()
        return Outcome(start: start, armed: armed, unschedulable: unschedulable, rearm: rearm)
    }
}
