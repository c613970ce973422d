/// Why a ``SchedulerClock`` sleep ended.
public enum ClockWake: Sendable, Hashable {
    /// The instant slept for was reached.
    case due
    /// ``SchedulerClock/wake()`` was called (something changed) or the sleep was cancelled.
    case woken
    /// The wall clock was set, or the machine resumed from suspend: compare with the wall clock
    /// again.
    case clockChanged
}
