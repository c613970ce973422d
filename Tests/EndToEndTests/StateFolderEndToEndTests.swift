import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import TestProcesses
import Varlink

/// A state folder that is read-only or full, at start and while the daemon runs (issue 6, item 4):
/// a clear exit with `EX_CANTCREAT` at start, declared errors on write, reads that keep answering,
/// nothing lost, writes and due reminders that go through once the storage is back, without a
/// restart. Each folder is a tmpfs mounted for the test; needs root, skipped elsewhere.
@Suite(.serialized) struct StateFolderEndToEndTests {
    static let canMount = FullDiskEndToEndTests.canMountTmpfs

    /// Whether this process may make an ext4 file system on a loop device and trigger an error in it.
    static let canBreakExt4: Bool = {
        guard canMount, FileManager.default.isExecutableFile(atPath: "/usr/sbin/mkfs.ext4"),
              let folder = try? TemporaryDirectory() else { return false }
        let point = folder.path("probe")
        guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil,
              let image = try? makeExt4(folder.path("probe.img")),
              FullDiskEndToEndTests.status(["/usr/bin/mount", "-o", "loop", image, point]) == 0 else { return false }
        defer { unmount(point) }
        return access(errorTrigger(point), W_OK) == 0
    }()

    /// A 32 MiB ext4 image at `path`.
    static func makeExt4(_ path: String) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: nil), truncate(path, 32 << 20) == 0,
              FullDiskEndToEndTests.status(["/usr/sbin/mkfs.ext4", "-q", "-F", path]) == 0 else { throw POSIXError(.EIO) }
        return path
    }

    /// ext4's file that makes the file system mounted at `point` record an error (for tests).
    static func errorTrigger(_ point: String) -> String {
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        let line = mounts.split(separator: "\n").last { $0.split(separator: " ").dropFirst().first.map(String.init) == point }
        let device = line?.split(separator: " ").first?.split(separator: "/").last.map(String.init) ?? "none"
        return "/sys/fs/ext4/\(device)/trigger_fs_error"
    }

    /// Mounts a tmpfs of `size` on the daemon's state folder (the test unmounts it).
    static func mountState(_ daemon: DaemonProcess, size: String = "16m") throws -> String {
        let state = daemon.stateDirectory
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        #expect(FullDiskEndToEndTests.status(["/usr/bin/mount", "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", state]) == 0)
        return state
    }

    static func unmount(_ path: String) {
        while FullDiskEndToEndTests.status(["/usr/bin/umount", "-l", path]) == 0 {}
    }

    static func remount(_ path: String, _ option: String) -> Bool {
        FullDiskEndToEndTests.status(["/usr/bin/mount", "-o", "remount,\(option)", path]) == 0
    }

    /// Fills the disk of `folder` with a file of its own, up to the last byte; returns its path.
    @discardableResult
    static func fill(_ folder: String, _ name: String = "filler") -> String {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let chunk = [UInt8](repeating: 0x55, count: 4096)
        while fd >= 0, chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        close(fd)
        return path
    }

    /// Lets SQLite's next write need new room: the WAL kept from earlier writes would otherwise take
    /// a few pages without growing.
    static func emptyWAL(_ daemon: DaemonProcess) async throws {
        _ = try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(daemon), "PRAGMA wal_checkpoint(TRUNCATE)")
    }

    static func communes(_ daemon: DaemonProcess) async throws -> String {
        try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(daemon), "SELECT group_concat(statistics_code) FROM (SELECT statistics_code FROM communes ORDER BY statistics_code)")
    }

    /// Starts `daemon` without the sample; a failure to start is recorded with its log.
    static func start(_ daemon: DaemonProcess, _ extra: [String] = []) async throws {
        do {
            try await daemon.start(arguments: ["--no-sample"] + extra)
        } catch {
            Issue.record("khuyenhocd did not start: \(error): \(daemon.log())")
            throw error
        }
    }

    /// The `reason` parameter of a declared storage error.
    static func reason(_ error: VarlinkError) -> String {
        if case .string(let text) = error.parameters["reason"] { return text }
        return ""
    }

    static func startFailure(_ daemon: DaemonProcess) async -> Int32? {
        do {
            try await daemon.start(arguments: ["--no-sample"])
            return nil
        } catch DaemonProcessError.exited(let status) {
            return status
        } catch {
            return -1
        }
    }

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func aReadOnlyStateFolderStopsTheStartWithOneClearLine() async throws {
        // A new registry: nothing is created.
        let empty = try DaemonProcess()
        let emptyState = try Self.mountState(empty)
        defer { Self.unmount(emptyState) }
        #expect(Self.remount(emptyState, "ro"))
        #expect(await Self.startFailure(empty) == 73)
        let refusal = empty.log().split(separator: "\n").filter { $0.contains("cannot start") }
        #expect(refusal.count == 1)
        #expect(refusal.first?.contains("the state folder cannot be written: \(emptyState): Read-only file system") == true, "\(empty.log())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: emptyState).isEmpty)

        // An existing registry: refused too, and it is whole when the folder is writable again.
        let first = try DaemonProcess()
        let state = try Self.mountState(first)
        defer { Self.unmount(state) }
        try await Self.start(first)
        try await RegistryCalls(client: try await first.client()).addCommune("10144", "Thanh Thùy")
        try await first.stop()
        let files = try FileManager.default.contentsOfDirectory(atPath: state).sorted()
        #expect(Self.remount(state, "ro"))
        let second = try DaemonProcess()
        second.stateDirectory = state
        #expect(await Self.startFailure(second) == 73)
        #expect(second.log().contains("cannot start: the state folder cannot be written: \(state): Read-only file system"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: state).sorted() == files)
        #expect(Self.remount(state, "rw"))
        let third = try DaemonProcess()
        third.stateDirectory = state
        try await Self.start(third)
        #expect(try await Self.communes(third) == "10144")
        try await third.stop()
    }

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func aFullDiskRefusesANewRegistryAndServesAnExistingOne() async throws {
        // New: a clear exit, nothing left behind, and the next start after freeing space works.
        let new = try DaemonProcess()
        let newState = try Self.mountState(new, size: "8m")
        defer { Self.unmount(newState) }
        let first = Self.fill(newState)
        #expect(await Self.startFailure(new) == 73)
        #expect(new.log().contains("cannot start: the disk of the state folder \(newState) is full"), "\(new.log())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: newState) == ["filler"])
        unlink(first)
        let freed = try DaemonProcess()
        freed.stateDirectory = newState
        try await Self.start(freed)
        try await RegistryCalls(client: try await freed.client()).addCommune("10144", "Thanh Thùy")
        try await freed.stop()

        // Existing, on a disk without room even for SQLite's WAL index: the same clear exit, and
        // the registry is untouched.
        let full = Self.fill(newState)
        let cannotOpen = try DaemonProcess()
        cannotOpen.stateDirectory = newState
        if let status = await Self.startFailure(cannotOpen) {
            #expect(status == 73)
            // Read once: it drains the daemon's output pipe.
            let log = cannotOpen.log()
            #expect(log.contains("cannot start: the disk of the state folder \(newState) is full: "), "\(log)")
            #expect(log.contains("KiB free, and opening the registry (SQLite's WAL index) needs 64 KiB"), "\(log)")
        } else {
            // A stop does not always remove the WAL index: then it starts, and a write that needs
            // room is refused as below.
            try await Self.emptyWAL(cannotOpen)
            let more = Self.fill(newState, "more")
            let calls = RegistryCalls(client: try await cannotOpen.client())
            #expect(try await calls.client.send("vn.khuyenhoc.Registry.ListCommunes").asError() == nil)
            let refused = try await calls.error("AddCommune", AddCommuneParameters(code: "10126", name: "Bích Hòa"))
            #expect(refused?.name == "vn.khuyenhoc.Registry.StorageFull")
            try await cannotOpen.stop()
            unlink(more)
        }
        unlink(full)

        // Existing, with a little room: it starts, reads answer, a write that needs room is
        // StorageFull and changes nothing; once there is room the same write goes in, without a restart.
        let reserve = newState + "/reserve"
        try Data(count: 1 << 20).write(to: URL(fileURLWithPath: reserve))
        let filler = Self.fill(newState)
        unlink(reserve)
        let existing = try DaemonProcess()
        existing.stateDirectory = newState
        try await Self.start(existing)
        // The WAL a stop leaves would take a small write without growing: emptied, then the room
        // left filled too.
        try await Self.emptyWAL(existing)
        let rest = Self.fill(newState, "rest")
        let calls = RegistryCalls(client: try await existing.client())
        #expect(try await calls.client.send("vn.khuyenhoc.Registry.ListCommunes").asError() == nil)
        let refused = try await calls.error("AddCommune", AddCommuneParameters(code: "10126", name: "Bích Hòa"))
        #expect(refused?.name == "vn.khuyenhoc.Registry.StorageFull")
        #expect(try await Self.communes(existing) == "10144")
        unlink(filler)
        unlink(rest)
        try await calls.addCommune("10126", "Bích Hòa")
        #expect(try await Self.communes(existing) == "10126,10144")
        try await existing.stop()
    }

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func recordWritesAndABackupOnAFullDiskAreStorageFullAndChangeNothing() async throws {
        let moved = try DaemonProcess()
        let state = try Self.mountState(moved, size: "8m")
        defer { Self.unmount(state) }
        try await Self.start(moved)
        let client = try await moved.client()
        let registry = RegistryCalls(client: client)
        let deadlines = RegistryCalls(client: client, interface: KhuyenHocInterfaces.reminders)
        try await registry.addCommune("10144", "Thanh Thùy")
        try await registry.addCommune("10126", "Bích Hòa")
        let before = try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(moved), ".dump")
        try await Self.emptyWAL(moved)
        let filler = Self.fill(state)

        let commune = try await registry.error("AddCommune", AddCommuneParameters(code: "10099", name: "Cự Khê"))
        #expect(commune?.name == "vn.khuyenhoc.Registry.StorageFull")
        let (input, _) = RemindersEndToEndTests.soon("Nộp báo cáo", in: 3600, lead: 600)
        let deadline = try await deadlines.error("AddDeadline", AddDeadlineParameters(deadline: input))
        #expect(deadline?.name == "vn.khuyenhoc.Reminders.StorageFull")
        var backup = client.stream("vn.khuyenhoc.Registry.Backup").makeAsyncIterator()
        #expect(try await backup.next()?.asError()?.name == "vn.khuyenhoc.Registry.StorageFull")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state + "/spool").isEmpty)
        #expect(try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(moved), ".dump") == before)

        unlink(filler)
        try await registry.addCommune("10099", "Cự Khê")
        _ = try await deadlines.call("AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self)
        var again = client.stream("vn.khuyenhoc.Registry.Backup").makeAsyncIterator()
        #expect(try await again.next()?.asError() == nil)
        #expect(try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(moved), "PRAGMA integrity_check") == "ok")
        #expect(try await Self.communes(moved) == "10099,10126,10144")
        try await moved.stop()
    }

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func aReminderDueOnAFullDiskIsDeliveredOnceWhenThereIsRoomAgain() async throws {
        let daemon = try DaemonProcess()
        let state = try Self.mountState(daemon, size: "8m")
        defer { Self.unmount(state) }
        try await Self.start(daemon, ["--reminder-retry", "1"])
        let reminders = RegistryCalls(client: try await daemon.client(), interface: KhuyenHocInterfaces.reminders)
        let (input, remindAt) = RemindersEndToEndTests.soon("Nộp báo cáo quý", in: 4, lead: 2)
        let added = try await reminders.call("AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self).deadline
        try await Self.emptyWAL(daemon)
        let filler = Self.fill(state)
        func delivered() async throws -> [DeliveryInfo] {
            try await reminders.call("GetDeadline", GetDeadlineParameters(id: added.id), as: GetDeadlineReply.self).delivered
        }
        // Past its instant on the full disk: not recorded, so not announced either; reads answer.
        try await Task.sleep(for: .milliseconds(Int64(max(0, remindAt.timeIntervalSinceNow + 2.5) * 1000)))
        #expect(try await delivered().isEmpty)
        let freedAt = Date()
        unlink(filler)
        #expect(try await RemindersEndToEndTests.eventually(15) { try await delivered().count == 1 })
        #expect(Date().timeIntervalSince(freedAt) < 15)
        try await Task.sleep(for: .seconds(2))
        #expect(try await delivered().count == 1)
        try await daemon.stop()
        // Announced once, after it was recorded: one journal entry for it.
        let log = daemon.log()
        #expect(log.components(separatedBy: "KHUYENHOC_DEADLINE_ID=\(added.id)").count - 1 == 1, "\(log)")
    }

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func aStateFolderMadeReadOnlyWhileRunningRefusesNewFilesAndKeepsServing() async throws {
        let daemon = try DaemonProcess()
        let state = try Self.mountState(daemon)
        defer { Self.unmount(state) }
        try await Self.start(daemon)
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        try await registry.addCommune("10144", "Thanh Thùy")
        // The kernel refuses to remount a file system read-only while the daemon holds its database
        // open for writing ("mount point is busy"); a read-only bind mount over the folder is what
        // can happen under it: new files are refused, the open ones stay writable.
        #expect(!Self.remount(state, "ro"))
        #expect(FullDiskEndToEndTests.status(["/usr/bin/mount", "--bind", state, state]) == 0)
        #expect(Self.remount(state, "bind,ro"))
        var backup = client.stream("vn.khuyenhoc.Registry.Backup").makeAsyncIterator()
        let refused = try #require(try await backup.next()?.asError())
        #expect(refused.name == "vn.khuyenhoc.Registry.StorageFailed")
        let backupReason = Self.reason(refused)
        #expect(backupReason.contains("cannot be created or opened"), "\(refused)")
        let upload = try await registry.error("BeginImport", json: #"{"table":"people"}"#)
        #expect(upload?.name == "vn.khuyenhoc.Registry.StorageFailed")
        let uploadReason = upload.map(Self.reason) ?? ""
        #expect(uploadReason.contains("Read-only file system"), "\(uploadReason)")
        #expect(try await client.send("vn.khuyenhoc.Registry.ListCommunes").asError() == nil)
        try await registry.addCommune("10126", "Bích Hòa")

        FullDiskEndToEndTests.status(["/usr/bin/umount", state])
        var again = client.stream("vn.khuyenhoc.Registry.Backup").makeAsyncIterator()
        #expect(try await again.next()?.asError() == nil)
        #expect(try await Self.communes(daemon) == "10126,10144")
        try await daemon.stop()
    }

    @Test(.enabled(if: canBreakExt4, "needs root, mkfs.ext4, a loop device and ext4's error trigger"))
    func aFileSystemThatAnErrorTurnsReadOnlyKeepsReadsAndLosesNoReminder() async throws {
        let daemon = try DaemonProcess()
        let state = daemon.stateDirectory
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let image = try Self.makeExt4(daemon.folder.path("ext4.img"))
        #expect(FullDiskEndToEndTests.status(["/usr/bin/mount", "-o", "loop,errors=remount-ro", image, state]) == 0)
        defer { Self.unmount(state) }
        try await Self.start(daemon, ["--reminder-retry", "1"])
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        let reminders = RegistryCalls(client: client, interface: KhuyenHocInterfaces.reminders)
        try await registry.addCommune("10144", "Thanh Thùy")
        let (input, remindAt) = RemindersEndToEndTests.soon("Nộp báo cáo quý", in: 4, lead: 2)
        let added = try await reminders.call("AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self).deadline
        func delivered(_ calls: RegistryCalls) async throws -> [DeliveryInfo] {
            try await calls.call("GetDeadline", GetDeadlineParameters(id: added.id), as: GetDeadlineReply.self).delivered
        }

        try "test\n".write(toFile: Self.errorTrigger(state), atomically: false, encoding: .utf8)
        let refused = try #require(try await registry.error("AddCommune", AddCommuneParameters(code: "10126", name: "Bích Hòa")))
        #expect(refused.name == "vn.khuyenhoc.Registry.StorageFailed")
        let reason = Self.reason(refused)
        #expect(reason.contains("the state folder's disk failed to write"), "\(reason)")
        #expect(try await client.send("vn.khuyenhoc.Registry.ListCommunes").asError() == nil)
        // Past the reminder's instant: it cannot be recorded, so it is not announced.
        try await Task.sleep(for: .milliseconds(Int64(max(0, remindAt.timeIntervalSinceNow + 2) * 1000)))
        #expect(try await delivered(reminders).isEmpty)
        #expect(try await daemon.stop() == 0)
        #expect(!daemon.log().contains("KHUYENHOC_DEADLINE_ID=\(added.id)"))

        // Checked and mounted again: the next start delivers it once, late.
        Self.unmount(state)
        _ = try await ExternalCommand.run("/usr/sbin/e2fsck", ["-fy", image])
        #expect(FullDiskEndToEndTests.status(["/usr/bin/mount", "-o", "loop", image, state]) == 0)
        let again = try DaemonProcess()
        again.stateDirectory = state
        try await Self.start(again)
        let calls = RegistryCalls(client: try await again.client(), interface: KhuyenHocInterfaces.reminders)
        #expect(try await RemindersEndToEndTests.eventually(15) { try await delivered(calls).count == 1 })
        #expect(try await delivered(calls).first?.reminder.late == true)
        #expect(try await Self.communes(again) == "10144")
        try await again.stop()
        let log = again.log()
        #expect(log.components(separatedBy: "KHUYENHOC_DEADLINE_ID=\(added.id)").count - 1 == 1, "\(log)")
    }

    /// The daemon as a user without write access (what a non-root daemon meets where root would
    /// meet a read-only mount): the folder, or a registry file in a writable folder, is named.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root to run the daemon as another user"))
    func aStateFolderItsUserCannotWriteStopsTheStartNamingIt() async throws {
        let folder = try TemporaryDirectory()
        let state = folder.path("state"), run = folder.path("run"), plugins = folder.path("plugins")
        for (path, mode) in [(state, 0o755), (run, 0o777), (plugins, 0o755)] {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            chmod(path, mode_t(mode))
        }
        func startAsNobody() async throws -> ExternalCommand.Output {
            try await ExternalCommand.run("/usr/bin/setpriv", [
                "--reuid=65534", "--regid=65534", "--clear-groups", BuildProducts.executable("khuyenhocd").path,
                "--socket", run + "/s.sock", "--state-dir", state, "--plugin-dir", plugins, "--rubric-dir", plugins, "--no-sample",
            ])
        }
        let folderRefused = try await startAsNobody()
        #expect(folderRefused.status == 73)
        #expect(folderRefused.stderr.contains("cannot start: the state folder cannot be written: \(state): Permission denied"), "\(folderRefused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state).isEmpty)

        // A registry root made, in a folder anyone may write.
        #expect(FileManager.default.createFile(atPath: state + "/registry.sqlite", contents: Data()))
        chmod(state + "/registry.sqlite", 0o644)
        chmod(state, 0o777)
        let fileRefused = try await startAsNobody()
        #expect(fileRefused.status == 73)
        #expect(fileRefused.stderr.contains("cannot be written: \(state)/registry.sqlite: Permission denied"), "\(fileRefused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state) == ["registry.sqlite"])
    }
}
