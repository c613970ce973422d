import Foundation
import KhuyenHocSample
#if canImport(Glibc)
import Glibc
#endif

/// The cases while the daemon runs: writes, backups and due reminders on a full disk, a folder made read-only, a file system an error turned read-only.
extension StateFolderChecks {
    /// Random record writes and backups on a full disk: each StorageFull, the registry as it was;
    /// each goes in once there is room.
    func writesOnFullDisk(_ result: inout GroupResult, _ random: inout SplitMix64) throws {
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
        if let before = result.rssBefore, let after = result.rssAfter, after > HostileSuite.allowedRSS(after: before) {
            result.fail("full: RSS grew from \(before >> 20) to \(after >> 20) MiB")
        }
        alive(daemon, &result, "full writes")
        daemon.stop()
        result.notes.append("full disk: \(writes) random writes (AddCommune, AddCommunity, AddDeadline, SetPhaseDeadline, Backup) StorageFull and unchanged, then written")
    }

    /// Reminders that fall due while the disk is full: none recorded or announced then, each
    /// recorded and announced once within seconds of the room coming back.
    func remindersOnFullDisk(_ result: inout GroupResult, _ random: inout SplitMix64) throws {
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
    func readOnlyWhileRunning(_ result: inout GroupResult) throws {
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
    func fileSystemError(_ result: inout GroupResult) throws {
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
}
