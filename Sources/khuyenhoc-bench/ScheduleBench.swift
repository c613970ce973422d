import Foundation
import struct KhuyenHocSample.SplitMix64
import KhuyenHocSchedule
import KhuyenHocStore

/// Issue 5's target: 10,000 deadlines with 3 reminders each; re-arming after a change ≤ 10 ms.
/// Measured in process on the scheduler alone (parse the rule, plan, push on the heap) and through
/// ``ReminderService/deadlineChanged(_:)`` with the registry in a SQLite file (read the deadline
/// and its history, then re-arm), as the daemon will do it.
struct ScheduleBench {
    let deadlines: Int
    let changes: Int

    func run() async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khbench-schedule-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteRegistryStore(path: folder.appendingPathComponent("registry.sqlite").path)
        let now = Timestamp.date(from: "2026-10-01T00:00:00.000Z")!
        var generator = SplitMix64(seed: 5)

        let creating = ContinuousClock.now
        var created: [Deadline] = []
        created.reserveCapacity(deadlines)
        for index in 0..<deadlines {
            created.append(try await store.createDeadline(Self.deadline(index, &generator), by: 1000, at: now))
        }
        let creation = ContinuousClock.now - creating

        var scheduler = ReminderScheduler()
        let arming = ContinuousClock.now
        for deadline in created { try scheduler.arm(deadline, history: ReminderHistory()) }
        let armAll = ContinuousClock.now - arming
        let reminders = created.reduce(0) { $0 + $1.leadTimes.count }

        // Re-arm after a change: a new due day (and so new reminders) for a random deadline.
        var rearm = LatencySample()
        for _ in 0..<changes {
            var deadline = created[Int(generator.next() % UInt64(created.count))]
            deadline.due = .date(Self.day(&generator))
            let start = ContinuousClock.now
            try scheduler.arm(deadline, history: ReminderHistory())
            _ = scheduler.nextWake
            rearm.record(ContinuousClock.now - start)
        }

        let service = ReminderService(store: store, clock: FixedClock(instant: now), announcer: SilentAnnouncer())
        let starting = ContinuousClock.now
        try await service.start()
        let serviceStart = ContinuousClock.now - starting
        var changed = LatencySample()
        for _ in 0..<changes {
            let deadline = created[Int(generator.next() % UInt64(created.count))]
            var new = NewDeadline(title: deadline.title, due: .date(Self.day(&generator)), rrule: deadline.rrule)
            new.leadTimes = deadline.leadTimes
            _ = try await store.updateDeadline(deadline.id, new, at: now)
            let start = ContinuousClock.now
            try await service.deadlineChanged(deadline.id)
            _ = await service.nextWake
            changed.record(ContinuousClock.now - start)
        }
        try store.close()
        let timer = try await Self.timerLateness(runs: 20)
        return [
            "Scheduler, \(deadlines) deadlines (every 4th yearly by RRULE) with \(reminders) lead reminders, release build:",
            "  create in SQLite, one transaction each: \(Self.format(creation))",
            "  arm all in the heap:                   \(Self.format(armAll))",
            "  re-arm after a change (scheduler):     \(Self.summary(rearm)) over \(changes) changes",
            "  start of the service (load, arm all):  \(Self.format(serviceStart))",
            "  re-arm after a change (service+store): \(Self.summary(changed)) over \(changes) changes",
            "  timerfd wake-up after the due instant: \(Self.summary(timer)) over 20 sleeps of 50 ms",
        ].joined(separator: "\n")
    }

    /// How long after the instant it was armed for the real clock's sleep returns.
    private static func timerLateness(runs: Int) async throws -> LatencySample {
        let clock = try TimerFDClock()
        defer { clock.shutdown() }
        var sample = LatencySample()
        for _ in 0..<runs {
            let due = Date().addingTimeInterval(0.05)
            _ = await clock.sleep(until: due)
            sample.record(.seconds(Date().timeIntervalSince(due)))
        }
        return sample
    }

    private static func deadline(_ index: Int, _ generator: inout SplitMix64) -> NewDeadline {
        let recurring = index % 4 == 0
        return NewDeadline(
            title: "Hạn \(index)", due: .date(recurring ? CalendarDate("2026-12-15")! : day(&generator)),
            rrule: recurring ? "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15" : nil)
    }

    private static func day(_ generator: inout SplitMix64) -> CalendarDate {
        let local = LocalDay(year: 2026, month: 10, day: 2)!.adding(days: Int(generator.next() % 730))
        return local.calendarDate!
    }

    private static func summary(_ sample: LatencySample) -> String {
        String(format: "median %.1f µs, p99 %.1f µs, max %.1f µs", sample.median, sample.p99, sample.max)
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1000)
    }
}
