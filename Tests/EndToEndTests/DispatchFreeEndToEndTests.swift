import Foundation
import Testing

/// The daemon never starts a libdispatch worker thread: the first one would start libdispatch's
/// workqueue monitor, a 1 s timer that wakes the idle daemon for good (issue 5: an idle daemon
/// wakes only for the watchdog).
@Suite struct DispatchFreeEndToEndTests {
    static func threads(_ pid: Int32) throws -> [String: Int] {
        var switches: [String: Int] = [:]
        for task in try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") {
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/comm", encoding: .utf8)) ?? ""
            let status = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8)) ?? ""
            let count = status.split(separator: "\n").filter { $0.contains("ctxt_switches") }
                .compactMap { Int($0.split(separator: "\t").last ?? "") }.reduce(0, +)
            switches["\(task) \(comm.trimmingCharacters(in: .whitespacesAndNewlines))"] = count
        }
        return switches
    }

    @Test func aSessionOfEveryKindStartsNoDispatchWorkerAndTheIdleDaemonSleeps() async throws {
        let daemon = try await TransferEndToEndTests.daemonWithHouseholds(20)
        let pid = daemon.process.processIdentifier
        let export = try await TransferEndToEndTests.cli(daemon, ["export", "households", daemon.folder.path("households-out.csv")])
        #expect(export.status == 0, "\(export.stderr)")
        let backup = try await TransferEndToEndTests.cli(daemon, ["backup", daemon.folder.path("backup.sqlite")])
        #expect(backup.status == 0, "\(backup.stderr)")
        let rollUp = try await TransferEndToEndTests.cli(daemon, ["evaluate-area", "--year", "2024"])
        #expect(rollUp.status == 0, "\(rollUp.stderr)")
        kill(pid, SIGHUP)
        let reload = try await TransferEndToEndTests.cli(daemon, ["status"])
        #expect(reload.status == 0, "\(reload.stderr)")
        try await Task.sleep(for: .milliseconds(500))

        let before = try Self.threads(pid)
        // libdispatch names its workers after their root queue ("…-qos", "…overcommit").
        let workers = before.keys.filter { $0.contains("qos") || $0.contains("overcommit") || $0.contains("dispatch") }
        #expect(workers.isEmpty, "libdispatch threads: \(workers)")
        try await Task.sleep(for: .seconds(3))
        let after = try Self.threads(pid)
        let woken = after.filter { $0.value != before[$0.key] }
        // No watchdog here, no deadline, no connection: nothing may wake it.
        #expect(woken.isEmpty, "woke while idle: \(woken) (before: \(before))")
        #expect(try await daemon.stop() == 0)
    }
}
