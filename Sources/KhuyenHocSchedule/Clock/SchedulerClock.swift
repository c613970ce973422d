import Foundation

/// The wall clock the scheduler reads and sleeps on, injected so that tests drive time.
public protocol SchedulerClock: Sendable {
    /// The wall-clock time now.
    func now() -> Date
    /// Sleeps until the wall clock reaches `instant` (forever when nil), or until ``wake()`` is
    /// called, the wall clock is changed, or the task is cancelled. A `wake()` that comes while no
    /// one sleeps ends the next sleep at once, so that no change is missed.
    func sleep(until instant: Date?) async -> ClockWake
    /// Ends the current (or next) sleep.
    func wake()
}
