import Foundation
import KhuyenHocSchedule

/// A clock the test sets: `set(_:)` moves the wall clock (either way, as suspend or an
/// administrator would) and ends a sleep whose instant is reached or reports the change.
final class ManualClock: SchedulerClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var waiter: (instant: Date?, continuation: CheckedContinuation<ClockWake, Never>)?
    private var pendingWake = false
    /// Every sleep's instant, in order: shows the scheduler slept rather than polled.
    private(set) var sleeps: [Date?] = []

    init(_ start: Date) { current = start }

    func now() -> Date { lock.withLock { current } }

    /// Moves the clock; `jump` reports it as a clock change (suspend, `date -s`) rather than time passing.
    func set(_ instant: Date, jump: Bool = false) {
        let resume: (CheckedContinuation<ClockWake, Never>, ClockWake)? = lock.withLock {
            current = instant
            guard let waiter else { return nil }
            if jump {
                self.waiter = nil
                return (waiter.continuation, .clockChanged)
            }
            if let due = waiter.instant, due <= instant {
                self.waiter = nil
                return (waiter.continuation, .due)
            }
            return nil
        }
        resume.map { $0.0.resume(returning: $0.1) }
    }

    var isSleeping: Bool { lock.withLock { waiter != nil } }

    func sleep(until instant: Date?) async -> ClockWake {
        await withCheckedContinuation { continuation in
            let immediate: ClockWake? = lock.withLock {
                sleeps.append(instant)
                if pendingWake {
                    pendingWake = false
                    return .woken
                }
                if let instant, instant <= current { return .due }
                waiter = (instant, continuation)
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    func wake() {
        let continuation: CheckedContinuation<ClockWake, Never>? = lock.withLock {
            guard let waiter else {
                pendingWake = true
                return nil
            }
            self.waiter = nil
            return waiter.continuation
        }
        continuation?.resume(returning: .woken)
    }
}
