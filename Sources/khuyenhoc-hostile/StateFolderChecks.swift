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
    private struct Reply {
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

    // MARK: At start

    private func startReadOnlyNew(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("ro-new")
        defer { unmount(state) }
        try mount(["-o", "remount,ro", state])
        refusedStart(daemon, &result, case: "read-only, new", expecting: "the state folder cannot be written: \(state): Read-only file system")
        if !((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).isEmpty { result.fail("read-only, new: files were left") }
    }

    private func startReadOnlyExisting(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("ro-existing")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        for (code, name) in [("10144", "Thanh Thùy"), ("10126", "Bích Hòa")] { _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"\#(code)","name":"\#(name)"}"#) }
        daemon.stop()
        let before = try RegistrySnapshot(database: state + "/registry.sqlite")
        try mount(["-o", "remount,ro", state])
        refusedStart(daemon, &result, case: "read-only, existing", expecting: "the state folder cannot be written: \(state): Read-only file system")
        try mount(["-o", "remount,rw", state])
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        result.answered += 1
        daemon.stop()
        lose(before, state, &result, case: "read-only, existing")
    }

    private func startFullNew(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("full-new", size: "8m")
        defer { unmount(state) }
        let filler = fill(state)
        refusedStart(daemon, &result, case: "full, new", expecting: "the disk of the state folder \(state) is full")
        if (try? FileManager.default.contentsOfDirectory(atPath: state)) != ["filler"] { result.fail("full, new: files were left") }
        unlink(filler)
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        result.answered += 1
        result.notes.append("full disk, new registry: refused (exit 73), starts once room is made")
        daemon.stop()
    }

    private func startFullExisting(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("full-existing", size: "8m")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10144","name":"Thanh Thùy"}"#)
        daemon.stop()
        let before = try RegistrySnapshot(database: state + "/registry.sqlite")
        // No room at all: it starts when SQLite's WAL index is still there (a stop does not always
        // remove it), and then answers like the case below; else it must stop with the line.
        let full = fill(state)
        if daemon.startAllowingRefusal() {
            result.tried += 1
            try emptyWAL(state)
            let more = fill(state, "more")
            defer { unlink(more) }
            expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "no room, existing: ListCommunes")
            expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10099","name":"Cự Khê"}"#),
                   "vn.khuyenhoc.Registry.StorageFull", &result, "no room, existing: AddCommune")
            alive(daemon, &result, "no room, existing")
            daemon.stop()
            result.notes.append("no room at all, existing registry: started (its WAL index was there)")
        } else {
            refusedStart(daemon, &result, case: "full, existing", expecting: "KiB free, and opening the registry (SQLite's WAL index) needs", alreadyRefused: true)
            result.notes.append("no room at all, existing registry: exit 73 (no room for SQLite's WAL index)")
        }
        unlink(full)
        // A little room: it starts, reads answer, a write that needs room is StorageFull.
        try Data(count: 1 << 20).write(to: URL(fileURLWithPath: state + "/reserve"))
        let filler = fill(state)
        unlink(state + "/reserve")
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        try emptyWAL(state)
        let rest = fill(state, "rest")
        expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "full, existing: ListCommunes")
        expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#),
               "vn.khuyenhoc.Registry.StorageFull", &result, "full, existing: AddCommune")
        unlink(filler)
        unlink(rest)
        expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#), nil, &result, "full, existing: AddCommune with room")
        alive(daemon, &result, "full, existing")
        daemon.stop()
        lose(before, state, &result, case: "full, existing")
        result.notes.append("full disk, existing registry: starts when SQLite's WAL index fits (reads answer, writes StorageFull), else exit 73")
    }

    // MARK: While running

    /// Random record writes and backups on a full disk: each StorageFull, the registry as it was;
    /// each goes in once there is room.
    private func writesOnFullDisk(_ result: inout GroupResult, _ random: inout SplitMix64) throws {
        let (daemon, state) = try mounted("full-writes", size: "8m")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10144","name":"Thanh Thùy"}"#)
        let writes = options.count(40, minimum: 4)
        var planned: [(method: String, parameters: String, error: String)] = []
        for index in 0..<writes {
            switch random.next() % 5 {
            case 0: planned.append(("vn.khuyenhoc.Registry.AddCommune", #"{"code":"\#(20000 + index)","name":"Xã Thử \#(index)"}"#, "vn.khuyenhoc.Registry.StorageFull"))
            case 1: planned.append(("vn.khuyenhoc.Reminders.AddDeadline", #"{"deadline":{"title":"Hạn \#(index)","dueDate":"2031-06-30"}}"#, "vn.khuyenhoc.Reminders.StorageFull"))
            case 2: planned.append(("vn.khuyenhoc.Registry.AddCommunity", #"{"communeCode":"10144","name":"Thôn \#(index)"}"#, "vn.khuyenhoc.Registry.StorageFull"))
            case 3: planned.append(("vn.khuyenhoc.Rollout.SetPhaseDeadline", #"{"commune":"10144","model":"citizen","phase":"pilot","due":"2031-05-\#(10 + index % 18)"}"#, "vn.khuyenhoc.Rollout.StorageFull"))
            default: planned.append(("vn.khuyenhoc.Registry.Backup", "{}", "vn.khuyenhoc.Registry.StorageFull"))
            }
        }
        let before = try RegistrySnapshot.dump(database: state + "/registry.sqlite")
        // The row's RSS: this daemon's, before the refused writes and after they went in.
        result.rssBefore = daemon.residentBytes()
        try emptyWAL(state)
        let filler = fill(state)
        for write in planned {
            expect(call(daemon, write.method, write.parameters, more: write.method.hasSuffix("Backup")), write.error, &result, "full: \(write.method)")
        }
        if try RegistrySnapshot.dump(database: state + "/registry.sqlite") != before {
            result.dataLost += 1
            result.fail("full: a refused write changed the registry")
        }
        unlink(filler)
        for write in planned {
            expect(call(daemon, write.method, write.parameters, more: write.method.hasSuffix("Backup")), nil, &result, "room again: \(write.method)")
        }
        let integrity = try RegistrySnapshot(database: state + "/registry.sqlite").integrity
        if integrity != "ok" { result.fail("full: integrity_check says \(integrity)") }
        result.rssAfter = daemon.residentBytes()
        if let before = result.rssBefore, let after = result.rssAfter, after > before + max(10 << 20, before / 5) {
            result.fail("full: RSS grew from \(before >> 20) to \(after >> 20) MiB")
        }
        alive(daemon, &result, "full writes")
        daemon.stop()
        result.notes.append("full disk: \(writes) random writes (AddCommune, AddCommunity, AddDeadline, SetPhaseDeadline, Backup) StorageFull and unchanged, then written")
    }

    /// Reminders that fall due while the disk is full: none recorded or announced then, each
    /// recorded and announced once within seconds of the room coming back.
    private func remindersOnFullDisk(_ result: inout GroupResult, _ random: inout SplitMix64) throws {
        let (daemon, state) = try mounted("full-reminders", size: "8m")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample", "--reminder-retry", "1"])
        let count = options.short ? 1 : 3
        let formatter = ISO8601DateFormatter()
        var latest = Date()
        for index in 0..<count {
            let lead = 1 + Int(random.next() % 2)
            let due = Date().addingTimeInterval(Double(3 + lead + index))
            latest = max(latest, due.addingTimeInterval(Double(-lead)))
            let reply = call(daemon, "vn.khuyenhoc.Reminders.AddDeadline",
                             #"{"deadline":{"title":"Nhắc \#(index)","dueAt":"\#(formatter.string(from: due))","leadTimes":[\#(lead)],"overdueInterval":0}}"#)
            if !reply.ok { result.fail("reminders: AddDeadline \(index): \(reply.error ?? "closed") \(reply.reason)") }
        }
        try emptyWAL(state)
        let filler = fill(state)
        usleep(useconds_t(max(0, latest.timeIntervalSinceNow + 2) * 1_000_000))
        result.tried += 1
        let failures = result.failures.count
        let whileFull = try deliveries(state).recorded
        if whileFull != 0 { result.notes.append("reminders: \(whileFull) recorded on the full disk (the WAL had room)") }
        unlink(filler)
        let freed = ContinuousClock.now
        let deadline = freed + .seconds(15)
        while try deliveries(state).announced < count, ContinuousClock.now < deadline { usleep(50_000) }
        let took = ContinuousClock.now - freed
        usleep(1_500_000)
        let (recorded, marked) = try deliveries(state)
        alive(daemon, &result, "reminders")
        daemon.stop()
        // The journal's entries, on standard error when no journald is connected.
        let announced = daemon.log().components(separatedBy: "MESSAGE_ID=ecf4db0038d04e8192402567101f53bd").count - 1
        if recorded < count { result.dataLost += count - recorded; result.fail("reminders: \(count - recorded) of \(count) lost") }
        if recorded > count || announced > count { result.fail("reminders: \(recorded) recorded, \(announced) announced for \(count)") }
        if marked < recorded { result.fail("reminders: \(recorded) recorded but \(marked) marked announced") }
        if result.failures.count == failures { result.answered += 1 }
        result.notes.append("reminders: \(count) due on a full disk, \(recorded) recorded and \(marked) announced \(took.milliseconds) ms after room was back (--reminder-retry 1)")
    }

    /// A read-only bind mount over the running daemon's folder (the kernel refuses to remount the
    /// file system itself read-only while the database is open for writing): new files (backup,
    /// upload) get StorageFailed naming the reason, reads answer, the open database keeps writing.
    private func readOnlyWhileRunning(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("ro-running")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10144","name":"Thanh Thùy"}"#)
        result.tried += 1
        if (try? mount(["-o", "remount,ro", state])) != nil {
            result.notes.append("read-only while running: the kernel let the file system go read-only under the open database")
        }
        try mount(["--bind", state, state])
        try mount(["-o", "remount,bind,ro", state])
        let backup = call(daemon, "vn.khuyenhoc.Registry.Backup", more: true)
        expect(backup, "vn.khuyenhoc.Registry.StorageFailed", &result, "read-only: Backup")
        let upload = call(daemon, "vn.khuyenhoc.Registry.BeginImport", #"{"table":"people"}"#)
        expect(upload, "vn.khuyenhoc.Registry.StorageFailed", &result, "read-only: BeginImport")
        if !upload.reason.contains("Read-only file system") { result.fail("read-only: BeginImport's reason does not say why: \(upload.reason)") }
        expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "read-only: ListCommunes")
        expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#), nil, &result, "read-only: AddCommune through the open database")
        _ = try? Command.run("umount", [state])
        expect(call(daemon, "vn.khuyenhoc.Registry.Backup", more: true), nil, &result, "writable again: Backup")
        alive(daemon, &result, "read-only while running")
        daemon.stop()
        let communes = try RegistrySnapshot(database: state + "/registry.sqlite").counts["communes"] ?? 0
        if communes != 2 { result.dataLost += 1; result.fail("read-only while running: \(communes) communes, 2 written") }
        result.notes.append("read-only bind mount while running: Backup, BeginImport StorageFailed (\(upload.reason.prefix(60))…); reads and open-file writes go on")
    }

    /// An ext4 file system (on a loop device, `errors=remount-ro`) that an error turns read-only
    /// under the running daemon: writes get StorageFailed, reads answer, the daemon stays; a
    /// reminder due meanwhile is delivered once at the start after `e2fsck`. Skipped, with a note,
    /// where there is no loop device or no ext4 error trigger.
    private func fileSystemError(_ result: inout GroupResult) throws {
        let folder = try temporary("state-fs-error")
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments)
        let state = daemon.stateDirectory
        let image = folder + "/ext4.img"
        mkdir(state, 0o700)
        guard FileManager.default.createFile(atPath: image, contents: nil), truncate(image, 32 << 20) == 0,
              (try? Command.run("mkfs.ext4", ["-q", "-F", image]))?.status == 0,
              (try? mount(["-o", "loop,errors=remount-ro", image, state])) != nil else {
            result.notes.append("file system error: not tried (no mkfs.ext4 or loop device here)")
            return
        }
        defer { unmount(state) }
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        let device = mounts.split(separator: "\n").first { $0.split(separator: " ").dropFirst().first.map(String.init) == state }?
            .split(separator: " ").first.map { String($0.split(separator: "/").last ?? "") } ?? ""
        let trigger = "/sys/fs/ext4/\(device)/trigger_fs_error"
        guard !device.isEmpty, access(trigger, W_OK) == 0 else {
            result.notes.append("file system error: not tried (no \(trigger))")
            return
        }
        try daemon.start(extra: ["--no-sample", "--reminder-retry", "1"])
        _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10144","name":"Thanh Thùy"}"#)
        let due = Date().addingTimeInterval(4)
        let added = call(daemon, "vn.khuyenhoc.Reminders.AddDeadline",
                         #"{"deadline":{"title":"Nhắc","dueAt":"\#(ISO8601DateFormatter().string(from: due))","leadTimes":[2],"overdueInterval":0}}"#)
        if !added.ok { result.fail("file system error: AddDeadline: \(added.error ?? "closed")") }
        let before = try RegistrySnapshot(database: state + "/registry.sqlite")
        try Data("hostile\n".utf8).write(to: URL(fileURLWithPath: trigger))
        result.tried += 1
        let write = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#)
        expect(write, "vn.khuyenhoc.Registry.StorageFailed", &result, "file system error: AddCommune")
        expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "file system error: ListCommunes")
        expect(call(daemon, "vn.khuyenhoc.Registry.Backup", more: true), "vn.khuyenhoc.Registry.StorageFailed", &result, "file system error: Backup")
        usleep(useconds_t(max(0, due.timeIntervalSinceNow + 1) * 1_000_000))
        alive(daemon, &result, "file system error")
        let stopped = daemon.stop()
        let announcedWhileBroken = daemon.log().components(separatedBy: "MESSAGE_ID=ecf4db0038d04e8192402567101f53bd").count - 1
        if announcedWhileBroken != 0 { result.fail("file system error: \(announcedWhileBroken) reminders announced that could not be recorded") }
        unmount(state)
        _ = try? Command.run("e2fsck", ["-fy", image])
        try mount(["-o", "loop", image, state])
        try daemon.start(extra: ["--no-sample", "--reminder-retry", "1"])
        let deadline = ContinuousClock.now + .seconds(15)
        while try deliveries(state).announced < 1, ContinuousClock.now < deadline { usleep(100_000) }
        let (recorded, marked) = try deliveries(state)
        daemon.stop()
        let announced = daemon.log().components(separatedBy: "MESSAGE_ID=ecf4db0038d04e8192402567101f53bd").count - 1
        if recorded != 1 || marked != 1 || announced > 1 {
            if recorded == 0 { result.dataLost += 1 }
            result.fail("file system error: the reminder was recorded \(recorded), marked \(marked), announced \(announced) times after e2fsck")
        }
        lose(before, state, &result, case: "file system error")
        result.notes.append("file system error (ext4 errors=remount-ro): writes StorageFailed (\(write.reason.prefix(70))…), reads answer; "
            + "stop \(stopped ? "clean" : "not clean"), e2fsck, start: the reminder delivered \(recorded)×")
    }

    // MARK: Helpers

    /// A daemon whose state folder is a fresh tmpfs of `size`.
    private func mounted(_ name: String, size: String = "16m") throws -> (DaemonUnderTest, String) {
        let folder = try temporary("state-\(name)")
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments)
        mkdir(daemon.stateDirectory, 0o700)
        try mount(["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", daemon.stateDirectory])
        return (daemon, daemon.stateDirectory)
    }

    private func mount(_ arguments: [String]) throws {
        let outcome = try Command.run("mount", arguments)
        guard outcome.status == 0 else { throw HostileError.failed("mount \(arguments.joined(separator: " ")): \(outcome.error)") }
    }

    private func unmount(_ path: String) {
        while (try? Command.run("umount", ["-l", path]))?.status == 0 {}
    }

    /// Fills the disk of `folder` with a file of its own up to the last byte.
    private func fill(_ folder: String, _ name: String = "filler") -> String {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let chunk = [UInt8](repeating: 0x55, count: 4096)
        while fd >= 0, chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        close(fd)
        return path
    }

    /// Truncates the WAL, so that the next write needs new room rather than reusing its pages.
    private func emptyWAL(_ state: String) throws {
        _ = try Command.run("sqlite3", [state + "/registry.sqlite", "PRAGMA wal_checkpoint(TRUNCATE);"])
    }

    /// Deliveries recorded, and those of them marked announced.
    private func deliveries(_ state: String) throws -> (recorded: Int, announced: Int) {
        let counts = try RegistrySnapshot.sqlite(
            state + "/registry.sqlite", "SELECT count(*), count(announced_at) FROM reminder_deliveries;")
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").compactMap { Int($0) }
        return counts.count == 2 ? (counts[0], counts[1]) : (0, 0)
    }

    /// A start that must be refused at once with exit status 73 and one line containing `expecting`.
    private func refusedStart(
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
    private func expect(_ reply: Reply, _ error: String?, _ result: inout GroupResult, _ what: String) {
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

    private func alive(_ daemon: DaemonUnderTest, _ result: inout GroupResult, _ what: String) {
        if !daemon.isRunning {
            result.crashes += 1
            result.fail("\(what): khuyenhocd died: \(daemon.ending)")
        }
    }

    private func lose(_ before: RegistrySnapshot, _ state: String, _ result: inout GroupResult, case name: String) {
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
    private func call(_ daemon: DaemonUnderTest, _ method: String, _ parameters: String = "{}", more: Bool = false) -> Reply {
        guard let connection = try? UnixConnection(path: daemon.socket) else { return Reply(closed: true) }
        defer { connection.close() }
        connection.send(frame: #"{"method":"\#(method)","parameters":\#(parameters)\#(more ? #","more":true"# : "")}"#)
        guard case .frame(let data) = connection.receive(timeout: .seconds(30)),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return Reply(closed: true) }
        let parameters = object["parameters"] as? [String: Any]
        return Reply(error: object["error"] as? String, reason: parameters?["reason"] as? String ?? "")
    }
}
