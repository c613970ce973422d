import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The daemon across the whole run: warmed up once, then compared at the end.
extension HostileSuite {
    /// What the daemon is like before the abuse.
    struct Start {
        var rss: Int?
        var latency: Duration?
        var snapshot: RegistrySnapshot?
    }

    /// Uses each kind of work once (a backup, an export, a large frame, the reminders) before
    /// the start is measured: caches and thread stacks that first use brings are not a leak.
    func warmUp() throws -> Start {
        let connection = try UnixConnection(path: daemon.socket)
        for call in [#"{"method":"vn.khuyenhoc.Registry.Backup","more":true}"#,
                     #"{"method":"vn.khuyenhoc.Registry.Export","parameters":{"table":"people"},"more":true}"#,
                     #"{"method":"vn.khuyenhoc.Reminders.ListDelivered"}"#,
                     #"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":""# + String(repeating: "a", count: maximumFrameSize / 2) + "\"}}"] {
            connection.send(frame: call)
            guard case .answered = judge.outcome(of: connection) else { throw HostileError.failed("warm-up: \(call.prefix(80)) failed") }
        }
        connection.close()
        usleep(1_000_000)
        return Start(rss: daemon.residentBytes(), latency: normalCallLatency(), snapshot: try? RegistrySnapshot(database: database))
    }

    /// The row comparing the end of the run with its warmed-up start, under the groups' rules.
    func wholeRun(from start: Start) -> GroupResult {
        var result = GroupResult("whole run: warmed-up start → end")
        result.isSummary = true
        result.tried = results.map(\.tried).reduce(0, +)
        result.rssBefore = start.rss
        result.latencyBefore = start.latency
        guard daemon.isRunning else {
            result.crashes += 1
            result.fail("khuyenhocd ended: \(daemon.ending)")
            return result
        }
        if let before = start.rss {
            let allowed = Self.allowedRSS(after: before)
            result.rssAfter = settledRSS(within: allowed)
            if let after = result.rssAfter, after > allowed {
                result.fail("RSS \(after >> 20) MiB at the end, more than \(allowed >> 20) MiB allowed (start \(before >> 20) MiB)")
            }
        }
        result.latencyAfter = normalCallLatency()
        if let before = start.latency, let after = result.latencyAfter, after > max(before * 3, before + .milliseconds(5)) {
            result.fail("a normal call took \(after) at the end, \(before) at the start")
        }
        if let before = start.snapshot, let after = try? RegistrySnapshot(database: database) {
            let lost = before.losses(in: after)
            result.dataLost += lost.count
            result.failures += lost.map { "data lost: \($0)" }
        }
        return result
    }
}
