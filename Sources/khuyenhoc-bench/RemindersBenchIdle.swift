import Foundation

/// One idle window of the daemon: no call, no reminder due; the context switches of each of its
/// threads over `seconds`, and the watchdog pings (`WATCHDOG=1`) it sent meanwhile.
struct RemindersBenchIdle {
    let daemon: BenchDaemon
    let seconds: Int

    struct Outcome {
        var seconds: Int
        var pings: Int
        var threads: [(tid: Int, thread: RemindersBenchThreads.Thread, switches: Int)]
        var total: Int { threads.reduce(0) { $0 + $1.switches } }
    }

    func run() async throws -> Outcome {
        // Let what the calls before left behind (a checkpoint, a closed connection) settle.
        try await Task.sleep(for: .seconds(2))
        _ = daemon.notify?.drain()
        let before = try RemindersBenchThreads(pid: daemon.pid)
        try await Task.sleep(for: .seconds(seconds))
        let after = try RemindersBenchThreads(pid: daemon.pid)
        let pings = daemon.notify?.drain().filter { $0.split(separator: "\n").contains("WATCHDOG=1") }.count ?? 0
        return Outcome(seconds: seconds, pings: pings, threads: after.since(before))
    }

    /// The report's lines: the threads that switched (name, tid, switches, where it sleeps now),
    /// then how many did not.
    static func lines(_ outcome: Outcome) -> [String] {
        let busy = outcome.threads.filter { $0.switches > 0 }
        var lines = busy.map {
            "    \($0.thread.name.padding(toLength: 16, withPad: " ", startingAt: 0)) tid \($0.tid): \($0.switches) switches (wchan \($0.thread.wchan))"
        }
        lines.append("    \(outcome.threads.count - busy.count) other threads: 0 switches")
        return lines
    }
}
