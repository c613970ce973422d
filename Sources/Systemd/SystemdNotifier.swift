import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reports the daemon's state to the service manager of a `Type=notify` unit through `sd_notify`.
///
/// Every call does nothing and returns `false` when `NOTIFY_SOCKET` is unset, so the daemon can call
/// it unconditionally when it runs outside systemd.
///
/// ```swift
/// let notifier = SystemdNotifier()
/// try notifier.ready(status: "5 models loaded")
/// if let interval = notifier.watchdogInterval { /* ping with watchdog() every `interval` */ }
/// ```
public struct SystemdNotifier: Sendable {
    /// Creates a notifier; it keeps no state and reads the environment on every call.
    public init() {}

    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    public var isEnabled: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// Sends `READY=1`, with `STATUS=` when `status` is given: startup, or the end of a reload, is done.
    @discardableResult
    public func ready(status: String? = nil) throws(SystemdError) -> Bool {
        var assignments = ["READY=1"]
        if let status { assignments.append("STATUS=\(Self.singleLine(status))") }
        return try send(assignments)
    }

    /// Sends a free-form `STATUS=` line that `systemctl status` shows.
    @discardableResult
    public func status(_ text: String) throws(SystemdError) -> Bool {
        try send(["STATUS=\(Self.singleLine(text))"])
    }

    /// Sends `RELOADING=1` with `MONOTONIC_USEC=` (now on `CLOCK_MONOTONIC`); follow with `ready()`.
    @discardableResult
    public func reloading() throws(SystemdError) -> Bool {
        try send(["RELOADING=1", "MONOTONIC_USEC=\(Self.monotonicMicroseconds())"])
    }

    /// Sends `STOPPING=1` at the start of a graceful shutdown.
    @discardableResult
    public func stopping() throws(SystemdError) -> Bool {
        try send(["STOPPING=1"])
    }

    /// Sends `WATCHDOG=1`; call at least every `watchdogInterval`.
    @discardableResult
    public func watchdog() throws(SystemdError) -> Bool {
        try send(["WATCHDOG=1"])
    }

    /// How often to call `watchdog()`: half of `WATCHDOG_USEC`, or nil when the watchdog is off
    /// (unset, or `WATCHDOG_PID` names another process).
    public var watchdogInterval: Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec / 2))
    }

    /// Sends `assignments` as one datagram, one `KEY=value` per line; returns whether it was sent.
    @discardableResult
    public func send(_ assignments: [String]) throws(SystemdError) -> Bool {
        // The environment is kept (unset_environment 0): the daemon notifies many times.
        let result = sd_notify(0, assignments.joined(separator: "\n"))
        if result < 0 { throw .callFailed(function: "sd_notify", errno: -result) }
        return result > 0
    }

    /// Now on `CLOCK_MONOTONIC` in microseconds, the clock systemd expects in `MONOTONIC_USEC=`.
    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    // A newline would end the assignment and let the rest pose as another one.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
