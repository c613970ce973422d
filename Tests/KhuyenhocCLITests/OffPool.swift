import Foundation
import TestProcesses

/// Blocking work of the process tests, kept off Swift's cooperative pool: with two cores the pool
/// has two threads, and a test blocked on one of them starves the stand-in daemon and every other
/// test of the parallel run.
enum OffPool {
    /// Runs `work` on a thread of its own.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// The child's exit status once it has exited, waiting at most `seconds` without blocking;
    /// nil when it is still running then. Reading the status needs no pipe to close: another test's
    /// child that inherited the pipe cannot hold it up.
    static func exitStatus(of child: ChildProcess, within seconds: Double = 10) async throws -> Int32? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if hasExited(child.pid) { return child.exitStatus() }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// A zombie: exited, not reaped yet (field 3 of /proc/PID/stat, after the command in parentheses).
    private static func hasExited(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
