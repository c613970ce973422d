import Foundation
import TestProcesses
import Testing

/// A state folder on a real, small filesystem (a tmpfs mounted for the test) that fills up
/// during an import: the daemon answers `StorageFull`, keeps what it had, keeps serving, and
/// takes the next import once there is room. Needs root to mount; skipped where it cannot.
@Suite struct FullDiskEndToEndTests {
    /// Runs a short command to its end; its exit status, -1 when it could not start. Not
    /// Foundation's `Process`, whose `waitUntilExit` on a test's thread hung a full run on 2 cores.
    @discardableResult
    static func status(_ arguments: [String]) -> Int32 {
        (try? ChildProcess(arguments, quiet: true).exitStatus()) ?? -1
    }

    /// Whether this process may mount a tmpfs (root on a machine that allows it).
    static let canMountTmpfs: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/mount") else { return false }
        guard let folder = try? TemporaryDirectory() else { return false }
        let point = folder.path("probe")
        guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil,
              status(["/usr/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", point]) == 0 else { return false }
        return status(["/usr/bin/umount", point]) == 0
    }()

    /// Bytes free on the filesystem that holds `path`.
    static func freeBytes(_ path: String) throws -> Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// About `bytes` of people with ids from `first` on, in the three households.
    static func people(bytes: Int, first: Int) -> [UInt8] {
        var text = "id,householdID,name,birthYear\n"
        var id = first
        while text.utf8.count < bytes {
            text += "\(id),\(id % 3 + 1),Nguyễn Thị Hoa \(id),\(1950 + id % 60)\n"
            id += 1
        }
        return Array(text.utf8)
    }

    static func peopleCount(_ daemon: DaemonProcess) async throws -> String {
        try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(daemon), "SELECT count(*) FROM people")
    }

    @Test(.enabled(if: canMountTmpfs, "needs root and a kernel that lets it mount a tmpfs"))
    func aFullDiskIsStorageFullAndLosesNothing() async throws {
        let daemon = try DaemonProcess()
        let state = daemon.folder.path("small-disk")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        #expect(Self.status(["/usr/bin/mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", state]) == 0)
        defer { Self.status(["/usr/bin/umount", "-l", state]) }
        daemon.stateDirectory = state
        try await daemon.start(arguments: ["--no-sample"])
        for (table, bytes) in [("communes", TransferFiles.communes), ("communities", TransferFiles.communities),
                               ("households", TransferFiles.households(3))] {
            let result = try await TransferEndToEndTests.cli(
                daemon, ["import", table, try TransferEndToEndTests.write(bytes, daemon, "\(table).csv")])
            #expect(result.status == 0, "\(table): \(result.stderr)")
        }
        let small = try TransferEndToEndTests.write(TransferFiles.people(5, households: 3), daemon, "small.csv")
        #expect(try await TransferEndToEndTests.cli(daemon, ["import", "people", small]).status == 0)
        #expect(try await Self.peopleCount(daemon) == "5")

        // Larger than the free space: the upload itself cannot be spooled.
        let free = try Self.freeBytes(state)
        let tooLarge = Self.people(bytes: free + 100_000, first: 100)
        #expect(tooLarge.count > free)
        let spooled = try await TransferEndToEndTests.cli(
            daemon, ["import", "people", try TransferEndToEndTests.write(tooLarge, daemon, "too-large.csv")])
        #expect(spooled.status != 0)
        #expect(spooled.stderr.contains("StorageFull: the disk of the daemon's state folder is full; nothing was written"),
                "\(spooled.stderr)")
        #expect(try await Self.peopleCount(daemon) == "5")

        // Spooled whole, but the registry cannot grow by the rows it holds: SQLite's write fails,
        // the transaction rolls back, and the uploaded file is removed.
        let roomy = try Self.freeBytes(state)
        let fits = Self.people(bytes: roomy * 6 / 10, first: 100)
        #expect(fits.count < roomy)
        let written = try await TransferEndToEndTests.cli(
            daemon, ["import", "people", try TransferEndToEndTests.write(fits, daemon, "fits.csv")],
            language: ["LANG": "vi_VN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(written.status != 0)
        #expect(written.stderr.contains("ổ đĩa chứa thư mục dữ liệu của daemon đã đầy"), "\(written.stderr)")
        #expect(try await Self.peopleCount(daemon) == "5")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(state)/spool").isEmpty)

        // The daemon still serves, the registry is whole, and a small import goes in.
        let listed = try await TransferEndToEndTests.cli(daemon, ["people", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try await TransferEndToEndTests.sql(TransferEndToEndTests.registry(daemon), "PRAGMA integrity_check") == "ok")
        let again = Array("id,householdID,name,birthYear\n6,1,Lê Văn Sáu,1980\n7,2,Lê Thị Bảy,1985\n8,3,Lê Văn Tám,1990\n".utf8)
        let last = try await TransferEndToEndTests.cli(
            daemon, ["import", "people", try TransferEndToEndTests.write(again, daemon, "again.csv")])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try await Self.peopleCount(daemon) == "8")
        try await daemon.stop()
    }
}
