import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import Varlink

/// `khuyenhoc import`, `export` and `backup` through the real daemon (`--no-sample`, small files
/// unless the size is the point), and the Registry's upload methods directly.
@Suite struct TransferEndToEndTests {
    static func cli(_ daemon: DaemonProcess, _ arguments: [String], input: Data? = nil, language: [String: String] = CLITests.english)
        async throws -> ExternalCommand.Output
    {
        try await CLITests.khuyenhoc(arguments + ["--socket", daemon.socket], input: input, environment: language)
    }

    static func write(_ bytes: [UInt8], _ daemon: DaemonProcess, _ name: String) throws -> String {
        let path = daemon.folder.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func sql(_ database: String, _ query: String) async throws -> String {
        let output = try await ExternalCommand.run("/usr/bin/sqlite3", [database, query])
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func registry(_ daemon: DaemonProcess) -> String { "\(daemon.stateDirectory)/registry.sqlite" }

    /// A daemon without the sample, with the two communes, two villages and `households` households.
    static func daemonWithHouseholds(_ households: Int = 3) async throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        for (table, bytes) in [("communes", TransferFiles.communes), ("communities", TransferFiles.communities),
                               ("households", TransferFiles.households(households))] {
            let result = try await cli(daemon, ["import", table, try write(bytes, daemon, "\(table).csv")])
            #expect(result.status == 0, "\(table): \(result.stderr)")
        }
        return daemon
    }

    @Test func excelsFileFormsAreImported() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        let people = try Self.write(TransferFiles.people(4, households: 3), daemon, "people.csv")
        let imported = try await Self.cli(daemon, ["import", "people", people])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported 4 rows into people (4 read)\n", "\(imported.stdout)")
        let registry = Self.registry(daemon)
        #expect(try await Self.sql(registry, "SELECT name FROM communities ORDER BY id") == "Thôn Đông\nTổ dân phố 3")
        #expect(try await Self.sql(registry, "SELECT kind FROM communes WHERE id = 2") == "town")
        // NFD in the file, NFC in the registry; 1.950,0 with a decimal comma is 1950.
        let name = try await Self.sql(registry, "SELECT name FROM people WHERE id = 2")
        #expect(name == "Nguyễn Thị Hoà 2".precomposedStringWithCanonicalMapping)
        #expect(name.unicodeScalars.count == "Nguyễn Thị Hoà 2".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(try await Self.sql(registry, "SELECT birth_year, sex, literate, in_school FROM people WHERE id = 3") == "1953|male|1|1")

        // UTF-16 without its byte order mark, told with --encoding; a `;` file with --separator.
        let bare = TransferFiles.utf16LE("name,communeCode\r\nHọ Lê Đình,10150\r\n", bom: false)
        let clans = try await Self.cli(daemon, ["import", "clans", try Self.write(bare, daemon, "clans.csv"), "--encoding", "utf-16le"])
        #expect(clans.status == 0, "\(clans.stderr)")
        #expect(try await Self.sql(registry, "SELECT name, commune_id FROM clans") == "Họ Lê Đình|2")
        // Standard input, `;` given.
        let units = try await Self.cli(
            daemon, ["import", "units", "-", "--separator", ";"], input: Data("Mã xã;Tên;Loại\n10144;Trường Mầm non Thanh Thùy;trường học\n".utf8))
        #expect(units.status == 0, "\(units.stderr)")
        #expect(try await Self.sql(registry, "SELECT name, kind FROM units") == "Trường Mầm non Thanh Thùy|school")
        try await daemon.stop()
    }

    @Test func aBadRowAtTheEndOfALargeFileImportsNothing() async throws {
        let daemon = try await Self.daemonWithHouseholds(100)
        let registry = Self.registry(daemon)
        // 50,000 people; the last one's birth year is not a number.
        let badCell = try Self.write(TransferFiles.people(50_000, households: 100, last: "50000;1;Lê Văn Cuối;19x5;nam;;"), daemon, "big.csv")
        let refused = try await Self.cli(daemon, ["import", "people", badCell])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(badCell):50001:4: birthYear: "), "\(refused.stderr)")
        #expect(try await Self.sql(registry, "SELECT count(*) FROM people") == "0")

        // The same with a household that does not exist: the registry refuses it, by line and field.
        let badReference = try Self.write(TransferFiles.people(50_000, households: 100, last: "50000;999;Lê Văn Cuối;1985;nam;;"), daemon, "big2.csv")
        let second = try await Self.cli(daemon, ["import", "people", badReference, "--json"])
        #expect(second.status == 65)
        #expect(second.stderr.contains("\(badReference):50001:2: householdID: no household has the id 999"), "\(second.stderr)")
        #expect(second.stdout.contains("\"vn.khuyenhoc.Registry.ImportRejected\""))
        #expect(try await Self.sql(registry, "SELECT count(*) FROM people") == "0")

        // Vietnamese messages.
        let vietnamese = try await Self.cli(daemon, ["import", "people", badCell], language: CLITests.vietnamese)
        #expect(vietnamese.stderr.contains("bị từ chối, không nhập dòng nào"), "\(vietnamese.stderr)")
        try await daemon.stop()
    }

    @Test func aDryRunReportsAndChangesNothing() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        let people = try Self.write(TransferFiles.people(10, households: 3), daemon, "people.csv")
        let dry = try await Self.cli(daemon, ["import", "people", people, "--dry-run", "--json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        let report = try JSONDecoder().decode(ImportReport.self, from: Data(dry.stdout.utf8))
        #expect(report.dryRun && report.rows == 10 && report.written == 10 && report.separator == ";")
        #expect(try await Self.sql(Self.registry(daemon), "SELECT count(*) FROM people") == "0")
        try await daemon.stop()
    }

    @Test func everyTableExportedFromTheSampleImportsIntoAnEmptyRegistry() async throws {
        let sample = try DaemonProcess()
        try await sample.start()
        let empty = try DaemonProcess()
        try await empty.start(arguments: ["--no-sample"])
        let tables = ["communes", "communities", "households", "people", "clans", "clanMembers", "units", "staff", "evidence", "results"]
        for (index, table) in tables.enumerated() {
            // Alternate Excel's two forms.
            let options = index % 2 == 0 ? [] : ["--separator", ";", "--no-bom"]
            let file = sample.folder.path("\(table).csv")
            let exported = try await Self.cli(sample, ["export", table, file] + options)
            #expect(exported.status == 0, "\(table): \(exported.stderr)")
            let imported = try await Self.cli(empty, ["import", table, file])
            #expect(imported.status == 0, "\(table): \(imported.stderr)")
            let again = try await Self.cli(empty, ["export", table, "-"] + options)
            #expect(Data(again.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: file))), "\(table)")
        }
        let count = "SELECT (SELECT count(*) FROM communes), (SELECT count(*) FROM people), (SELECT count(*) FROM clan_households)"
        let before = try await Self.sql(Self.registry(sample), count)
        #expect(before.hasPrefix("22|2000|"))
        #expect(try await Self.sql(Self.registry(empty), count) == before)
        try await sample.stop()
        try await empty.stop()
    }

    @Test func anExportIsWhatExcelOpens() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        let excel = try await Self.cli(daemon, ["export", "communes", "-", "--separator", ";"])
        let bytes = Array(excel.stdout.utf8)
        #expect(bytes.starts(with: TransferFiles.bom))
        #expect(excel.stdout.contains("Mã số;Mã xã;Tên;Loại;Hiệu lực từ;Hiệu lực đến;Sáp nhập vào;Ngày sáp nhập\r\n1;10144;Thanh Thùy;xã;;;;\r\n2;10150;Kim Bài;thị trấn;;;;\r\n"))
        let plain = try await Self.cli(daemon, ["export", "communities", "-", "--no-bom"])
        #expect(plain.stdout.hasPrefix("Mã số,Mã số xã,Mã xã,Tên,Loại\r\n1,1,10144,Thôn Đông,thôn\r\n"))
        let unknown = try await Self.cli(daemon, ["export", "villages", "-"])
        #expect(unknown.status == 1 && unknown.stderr.contains("InvalidValue"), "\(unknown.stderr)")
        try await daemon.stop()
    }

    @Test func aBackupOpensWithSQLiteAndHoldsTheData() async throws {
        let daemon = try await Self.daemonWithHouseholds(7)
        let file = daemon.folder.path("copy/backup.sqlite")
        try FileManager.default.createDirectory(atPath: daemon.folder.path("copy"), withIntermediateDirectories: true)
        let backup = try await Self.cli(daemon, ["backup", file])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try await Self.sql(file, "PRAGMA integrity_check") == "ok")
        #expect(try await Self.sql(file, "SELECT count(*) FROM households") == "7")
        #expect(try await Self.sql(file, "PRAGMA journal_mode") == "delete")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // Nothing is left behind: no temporary file beside it, no spool file in the daemon's folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: daemon.folder.path("copy")) == ["backup.sqlite"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(daemon.stateDirectory)/spool").isEmpty)
        try await daemon.stop()
    }

    @Test func anImportKilledHalfwayLeavesTheRegistryAsItWas() async throws {
        let daemon = try await Self.daemonWithHouseholds(100)
        let registry = Self.registry(daemon)
        let before = try await Self.sql(registry, "SELECT count(*) FROM households")
        let client = try await daemon.client()
        let begun = try await client.send("vn.khuyenhoc.Registry.BeginImport", parameters: .value(BeginImportParameters(table: "people")))
            .decode(BeginImportReply.self)
        let bytes = TransferFiles.people(200_000, households: 100)
        for start in stride(from: 0, to: bytes.count, by: 1 << 20) {
            let chunk = Data(bytes[start..<min(bytes.count, start + (1 << 20))]).base64EncodedString()
            let reply = try await client.send(
                "vn.khuyenhoc.Registry.AppendImport", parameters: .value(AppendImportParameters(importId: begun.importId, data: chunk)))
            #expect(reply.error == nil)
        }
        let finishing = Task {
            try await client.send("vn.khuyenhoc.Registry.FinishImport", parameters: .value(FinishImportParameters(importId: begun.importId)))
        }
        // Kill it once the import has written a good part into the WAL.
        let wal = registry + "-wal"
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 4 << 20 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(daemon.process.processIdentifier, SIGKILL)
        _ = try await daemon.waitForExit()
        let result = await finishing.result
        if case .success(let reply) = result { Issue.record("the import finished before the kill: \(reply)") }

        let again = try DaemonProcess()
        again.stateDirectory = daemon.stateDirectory
        try await again.start(arguments: ["--no-sample"])
        #expect(try await Self.sql(registry, "PRAGMA integrity_check") == "ok")
        #expect(try await Self.sql(registry, "SELECT count(*) FROM people") == "0")
        #expect(try await Self.sql(registry, "SELECT count(*) FROM households") == before)
        // The upload the killed daemon left in its spool folder is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(daemon.stateDirectory)/spool").isEmpty)
        try await again.stop()
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayExportButNotImportOrBackUp() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        try await daemon.stop()
        let open = try DaemonProcess()
        open.stateDirectory = daemon.stateDirectory
        try await open.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        let frames = [
            #"{"method":"vn.khuyenhoc.Registry.BeginImport","parameters":{"table":"people"}}"#,
            #"{"method":"vn.khuyenhoc.Registry.Backup","more":true}"#,
            #"{"method":"vn.khuyenhoc.Registry.Export","parameters":{"table":"communes"},"more":true}"#,
        ].map { $0 + "\0" }.joined()
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(open.socket)"],
            input: Data(frames.utf8))
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 3, "\(asNobody.stdout) \(asNobody.stderr)")
        #expect(replies[0] == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        #expect(replies[1] == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        #expect(replies[2].contains("\"data\"") && replies[2].contains("\"rows\":2"), "\(replies[2])")
        try await open.stop()
    }

    @Test func thePythonClientImportsASmallFile() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        func call(_ method: String, _ parameters: String) async throws -> [String: Any] {
            let output = try await ExternalCommand.run(
                "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Registry.\(method)", parameters])
            #expect(output.status == 0, "\(method): \(output.stderr)")
            return (try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]) ?? [:]
        }
        let begun = try await call("BeginImport", #"{"table": "clans"}"#)
        let id = try #require(begun["importId"] as? String)
        let file = Data("Tên,Mã xã\nHọ Nguyễn Văn,10144\n".utf8)
        let received = try await call("AppendImport", #"{"importId": "\#(id)", "data": "\#(file.base64EncodedString())"}"#)["received"]
        #expect(received as? Int == file.count)
        let finished = try await call("FinishImport", #"{"importId": "\#(id)"}"#)
        #expect((finished["report"] as? [String: Any])?["written"] as? Int == 1, "\(finished)")
        #expect(try await Self.sql(Self.registry(daemon), "SELECT name FROM clans") == "Họ Nguyễn Văn")
        try await daemon.stop()
    }

    @Test func wrongRequestsGetDeclaredErrors() async throws {
        let daemon = try await Self.daemonWithHouseholds()
        let client = try await daemon.client()
        func error(_ method: String, _ parameters: some Encodable & Sendable) async throws -> VarlinkError? {
            try await client.send("vn.khuyenhoc.Registry.\(method)", parameters: .value(parameters)).asError()
        }
        let table = try await error("BeginImport", BeginImportParameters(table: "villages"))
        #expect(table?.name == "vn.khuyenhoc.Registry.InvalidValue" && table?.parameters["field"] == .string("table"))
        let separator = try await error("BeginImport", BeginImportParameters(table: "people", separator: "|"))
        #expect(separator?.parameters["field"] == .string("separator"))
        let unknown = try await error("AppendImport", AppendImportParameters(importId: "nope", data: ""))
        #expect(unknown?.name == "vn.khuyenhoc.Registry.ImportNotFound")
        let begun = try await client.send("vn.khuyenhoc.Registry.BeginImport", parameters: .value(BeginImportParameters(table: "clans")))
            .decode(BeginImportReply.self)
        let base64 = try await error("AppendImport", AppendImportParameters(importId: begun.importId, data: "***"))
        #expect(base64?.parameters["field"] == .string("data"))
        let limit = try await error("FinishImport", FinishImportParameters(importId: begun.importId, maxErrors: 0))
        #expect(limit?.parameters["field"] == .string("maxErrors"))
        #expect(try await error("CancelImport", CancelImportParameters(importId: begun.importId)) == nil)
        let cancelled = try await error("FinishImport", FinishImportParameters(importId: begun.importId))
        #expect(cancelled?.name == "vn.khuyenhoc.Registry.ImportNotFound")
        // Uploads per caller are bounded.
        for _ in 0..<4 { _ = try await client.send("vn.khuyenhoc.Registry.BeginImport", parameters: .value(BeginImportParameters(table: "clans"))) }
        let fifth = try await error("BeginImport", BeginImportParameters(table: "clans"))
        #expect(fifth?.name == "vn.khuyenhoc.Registry.UploadTooLarge")
        let notMore = try await error("Export", ExportParameters(table: "communes"))
        #expect(notMore?.name == "org.varlink.service.ExpectedMore")
        await client.close()
        try await daemon.stop()
    }
}
