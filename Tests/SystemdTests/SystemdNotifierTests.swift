import Foundation
import Testing

@testable import Systemd

/// A bound SOCK_DGRAM Unix socket standing in for systemd's notification socket.
private final class NotifySocket {
    let fd: Int32
    let path: String

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            path.utf8CString.withUnsafeBytes { raw.copyMemory(from: $0) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// The next datagram, or nil after the 2 s timeout.
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }

    deinit { close(fd) }
}

extension ProcessStateTests {
    @Suite struct SystemdNotifierTests {
        @Test func sendsEachStateToNotifySocket() throws {
            let directory = try TemporaryDirectory()
            let socket = try NotifySocket(path: directory.file("notify"))
            setenv("NOTIFY_SOCKET", socket.path, 1)
            defer { unsetenv("NOTIFY_SOCKET") }
            let notifier = SystemdNotifier()
            #expect(notifier.isEnabled)

            #expect(try notifier.ready(status: "5 models loaded\nsecond line"))
            #expect(socket.receive() == "READY=1\nSTATUS=5 models loaded second line")

            #expect(try notifier.ready())
            #expect(socket.receive() == "READY=1")

            try notifier.status("evaluating")
            #expect(socket.receive() == "STATUS=evaluating")

            let before = SystemdNotifier.monotonicMicroseconds()
            try notifier.reloading()
            let after = SystemdNotifier.monotonicMicroseconds()
            let reloading = try #require(socket.receive())
            let lines = reloading.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.first == "RELOADING=1")
            let stamp = try #require(lines.last.flatMap { $0.split(separator: "=", maxSplits: 1).last })
            #expect(lines.last?.hasPrefix("MONOTONIC_USEC=") == true)
            let microseconds = try #require(UInt64(stamp))
            #expect(before <= microseconds && microseconds <= after)

            try notifier.stopping()
            #expect(socket.receive() == "STOPPING=1")

            try notifier.watchdog()
            #expect(socket.receive() == "WATCHDOG=1")
        }

        @Test func monotonicClockMatchesClockMonotonic() {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let reference = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
            let ours = SystemdNotifier.monotonicMicroseconds()
            #expect(ours >= reference && ours - reference < 1_000_000)
        }

        @Test func doesNothingWithoutNotifySocket() throws {
            unsetenv("NOTIFY_SOCKET")
            let notifier = SystemdNotifier()
            #expect(!notifier.isEnabled)
            #expect(try notifier.ready(status: "x") == false)
            #expect(try notifier.stopping() == false)
        }

        @Test func failsWhenNotifySocketIsMissing() throws {
            let directory = try TemporaryDirectory()
            setenv("NOTIFY_SOCKET", directory.file("nobody-listens"), 1)
            defer { unsetenv("NOTIFY_SOCKET") }
            #expect(throws: SystemdError.self) { try SystemdNotifier().ready() }
        }

        @Test func watchdogIntervalIsHalfOfWatchdogUsec() {
            defer {
                unsetenv("WATCHDOG_USEC")
                unsetenv("WATCHDOG_PID")
            }
            let notifier = SystemdNotifier()
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
            #expect(notifier.watchdogInterval == nil)

            setenv("WATCHDOG_USEC", "30000000", 1)
            #expect(notifier.watchdogInterval == .seconds(15))

            setenv("WATCHDOG_PID", "\(getpid())", 1)
            #expect(notifier.watchdogInterval == .seconds(15))

            // Meant for another process (e.g. the daemon's parent): not ours to ping.
            setenv("WATCHDOG_PID", "1", 1)
            #expect(notifier.watchdogInterval == nil)

            unsetenv("WATCHDOG_PID")
            setenv("WATCHDOG_USEC", "0", 1)
            #expect(notifier.watchdogInterval == nil)
            setenv("WATCHDOG_USEC", "not a number", 1)
            #expect(notifier.watchdogInterval == nil)
        }
    }
}
