import Foundation
import KhuyenHocSample
#if canImport(Glibc)
import Glibc
#endif

/// A read-only or full state folder (issue 6, item 4): each case a fresh daemon whose state folder
/// is a tmpfs of its own, made read-only or filled at start or while it runs. A start must stop at
/// once with exit status 73 and one line; a write must get a declared error and change nothing;
/// reads must keep answering; a reminder due meanwhile must be recorded and announced once when
/// the room is back, without a restart. Needs root (to mount); skipped otherwise.
struct StateFolderChecks {
    let executable: String
    let arguments: [String]
    let temporary: (String) throws -> String
    let options: HostileOptions

    /// A reply as the cases read it.
    struct Reply {
        var error: String?
        var reason = ""
        var ok: Bool { error == nil && !closed }
        var closed = false
    }

    func run() -> GroupResult {
        var result = GroupResult("read-only and full state folder")
        guard getuid() == 0 else {
            result.skipped = "needs root to mount a tmpfs and make it read-only or full"
            return result
        }
        var random = SplitMix64(seed: options.seed)
        let cases: [(String, (inout GroupResult, inout SplitMix64) throws -> Void)] = [
            ("start on a read-only folder, new registry", { result, _ in try startReadOnlyNew(&result) }),
            ("start on a read-only folder, existing registry", { result, _ in try startReadOnlyExisting(&result) }),
            ("start on a full disk, new registry", { result, _ in try startFullNew(&result) }),
            ("start on a full disk, existing registry", { result, _ in try startFullExisting(&result) }),
            ("writes on a full disk", { result, random in try writesOnFullDisk(&result, &random) }),
            ("reminders due on a full disk", { result, random in try remindersOnFullDisk(&result, &random) }),
            ("folder made read-only while running", { result, _ in try readOnlyWhileRunning(&result) }),
            ("file system turned read-only by an error", { result, _ in try fileSystemError(&result) }),
        ]
        print("… read-only and full state folder")
        for (name, body) in cases {
            do {
                try body(&result, &random)
            } catch {
                result.fail("\(name): \(error)")
            }
        }
        return result
    }

    // MARK: Helpers

    /// A daemon whose state folder is a fresh tmpfs of `size`.
    func mounted(_ name: String, size: String = "16m") throws -> (DaemonUnderTest, String) {
        let folder = try temporary("state-\(name)")
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments)
        mkdir(daemon.stateDirectory, 0o700)
        try mount(["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", daemon.stateDirectory])
        return (daemon, daemon.stateDirectory)
    }

    func mount(_ arguments: [String]) throws {
        let outcome = try Command.run("mount", arguments)
        guard outcome.status == 0 else { throw HostileError.failed("mount \(arguments.joined(separator: " ")): \(outcome.error)") }
    }

    func unmount(_ path: String) {
        while (try? Command.run("umount", ["-l", path]))?.status == 0 {}
    }

    /// Fills the disk of `folder` with a file of its own up to the last byte.
    func fill(_ folder: String, _ name: String = "filler") -> String {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let chunk = [UInt8](repeating: 0x55, count: 4096)
        while fd >= 0, chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        close(fd)
        return path
    }

    /// Truncates the WAL, so that the next write needs new room rather than reusing its pages.
    func emptyWAL(_ state: String) throws {
        _ = try Command.run("sqlite3", [state + "/registry.sqlite", "PRAGMA wal_checkpoint(TRUNCATE);"])
    }

    /// Deliveries recorded, and those of them marked announced.
    func deliveries(_ state: String) throws -> (recorded: Int, announced: Int) {
        let counts = try RegistrySnapshot.sqlite(
            state + "/registry.sqlite", "SELECT count(*), count(announced_at) FROM reminder_deliveries;")
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) }
        return counts.count == 2 ? (counts[0], counts[1]) : (0, 0)
    }

    /// A start that must be refused at once with exit status 73 and one line containing `expecting`.
    func refusedStart(
        _ daemon: DaemonUnderTest, _ result: inout GroupResult, case name: String, expecting: String, alreadyRefused: Bool = false
    ) {
        result.tried += 1
        let started = ContinuousClock.now
        if !alreadyRefused, daemon.startAllowingRefusal() {
            result.fail("\(name): started")
            daemon.stop()
            return
        }
        // Each start begins the log anew.
        let lines = daemon.log().split(separator: "\n").filter { $0.contains("cannot start") }
        if daemon.ending != "exit status 73" { result.fail("\(name): \(daemon.ending), not exit status 73") }
        if daemon.ending.hasPrefix("killed") { result.crashes += 1 }
        if lines.count != 1 || !lines[0].contains(expecting) { result.fail("\(name): the refusal is not one line saying \"\(expecting)\": \(lines)") }
        if ContinuousClock.now - started > .seconds(30) { result.fail("\(name): took \(ContinuousClock.now - started) to refuse") }
        result.closed += 1
    }

    /// Counts a call that must fail with `error` (or succeed, when nil).
    func expect(_ reply: Reply, _ error: String?, _ result: inout GroupResult, _ what: String) {
        result.tried += 1
        if reply.closed { result.fail("\(what): the connection closed"); return }
        if reply.error != error { result.fail("\(what): \(reply.error ?? "success") \(reply.reason.prefix(120)), expected \(error ?? "success")"); return }
        if let error {
            result.declared += 1
            result.errorNames[error, default: 0] += 1
        } else {
            result.answered += 1
        }
    }

    func alive(_ daemon: DaemonUnderTest, _ result: inout GroupResult, _ what: String) {
        if !daemon.isRunning {
            result.crashes += 1
            result.fail("\(what): khuyenhocd died: \(daemon.ending)")
        }
    }

    func lose(_ before: RegistrySnapshot, _ state: String, _ result: inout GroupResult, case name: String) {
        guard let after = try? RegistrySnapshot(database: state + "/registry.sqlite") else {
            result.dataLost += 1
            result.fail("\(name): the registry cannot be read")
            return
        }
        let lost = before.losses(in: after)
        if !lost.isEmpty {
            result.dataLost += lost.count
            result.fail("\(name): \(lost.joined(separator: "; "))")
        }
    }

    /// One call on a connection of its own; for a streaming call (`more`) its first reply.
    func call(_ daemon: DaemonUnderTest, _ method: String, _ parameters: String = "{}", more: Bool = false) -> Reply {
        guard let connection = try? UnixConnection(path: daemon.socket) else { return Reply(closed: true) }
        defer { connection.close() }
        connection.send(frame: #"{"method":"\#(method)","parameters":\#(parameters)\#(more ? #","more":true"# : "")}"#)
        guard case .frame(let data) = connection.receive(timeout: .seconds(30)),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return Reply(closed: true) }
        let parameters = object["parameters"] as? [String: Any]
        return Reply(error: object["error"] as? String, reason: parameters?["reason"] as? String ?? "")
    }
}
