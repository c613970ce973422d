import Foundation

/// One idle window of the daemon: no call, no reminder due; the context switches of each of its
/// threads over `seconds`, and the watchdog pings (`WATCHDOG=1`) it sent meanwhile.
///
/// Found with it (strace, gdb): the daemon used to wake once a second on the thread of
/// libdispatch's manager queue, in `_dispatch_workq_monitor_pools`, the timer (period
/// NSEC_PER_SEC) that libdispatch's Linux workqueue starts with its first worker thread and never
/// stops. The daemon now starts no libdispatch worker (tasks on NIO's event loops, blocking work on
/// KhuyenHocThreads), so only the watchdog's pings remain.
struct RemindersBenchIdle {
    let daemon: BenchDaemon
    let seconds: Int

    struct Outcome {
        var seconds: Int
        var pings: Int
        var threads: [(tid: Int, thread: RemindersBenchThreads.Thread, switches: Int)]
        /// Threads that ended during the window (their last switches are not counted).
        var exited: [String]
        var total: Int { threads.reduce(0) { $0 + $1.switches } }
    }

    func run() async throws -> Outcome {
        // Let what the calls before left behind settle (a checkpoint, a closed connection, and
        // libdispatch's idle worker threads, which end about 5 s after their last work item).
        try await Task.sleep(for: .seconds(8))
        _ = daemon.notify?.drain()
        let before = try RemindersBenchThreads(pid: daemon.pid)
        try await Task.sleep(for: .seconds(seconds))
        let after = try RemindersBenchThreads(pid: daemon.pid)
        let pings = daemon.notify?.drain().filter { $0.split(separator: "\n").contains("WATCHDOG=1") }.count ?? 0
        let exited = before.threads.filter { after.threads[$0.key] == nil }.map { "\($0.value.name) tid \($0.key)" }
        return Outcome(seconds: seconds, pings: pings, threads: after.since(before), exited: exited.sorted())
    }

    /// The report's lines: the threads that switched (name, tid, switches, where it sleeps now),
    /// then how many did not.
    static func lines(_ outcome: Outcome) -> [String] {
        let busy = outcome.threads.filter { $0.switches > 0 }
        var lines = busy.map {
            "    \($0.thread.name.padding(toLength: 16, withPad: " ", startingAt: 0)) tid \($0.tid): \($0.switches) switches (wchan \($0.thread.wchan))"
        }
        lines.append("    \(outcome.threads.count - busy.count) other threads: 0 switches")
        if !outcome.exited.isEmpty { lines.append("    ended meanwhile (switches not counted): \(outcome.exited.joined(separator: ", "))") }
        return lines
    }
}
