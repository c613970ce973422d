import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import Varlink

/// `vn.khuyenhoc.Registry` and `khuyenhoc communes` on the registry the daemon creates in a fresh
/// state folder, with the sample district or without it.
@Suite struct RegistryEndToEndTests {
    /// Thanh Oai's communes in Vietnamese order: the 21 of 2022 and Cao Xuân Dương (DOMAIN.md §7).
    static let vietnameseOrder = [
        "Bích Hòa", "Bình Minh", "Cao Dương", "Cao Viên", "Cao Xuân Dương", "Cự Khê", "Dân Hòa", "Đỗ Động", "Hồng Dương",
        "Kim An", "Kim Bài", "Kim Thư", "Liên Châu", "Mỹ Hưng", "Phương Trung", "Tam Hưng", "Tân Ước", "Thanh Cao",
        "Thanh Mai", "Thanh Thùy", "Thanh Văn", "Xuân Dương",
    ]

    static func list(_ client: VarlinkClient, _ parameters: ListCommunesParameters = ListCommunesParameters()) async throws -> ListCommunesReply {
        try await client.send("vn.khuyenhoc.Registry.ListCommunes", parameters: .value(parameters)).decode(ListCommunesReply.self)
    }

    @Test func aFreshStateFolderGetsThanhOaiWithTheMergeOnce() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        #expect(FileManager.default.fileExists(atPath: "\(daemon.stateDirectory)/registry.sqlite"))
        let client = try await daemon.client()
        let all = try await Self.list(client)
        #expect(all.communes.map(\.name) == Self.vietnameseOrder)
        #expect(all.nextCursor == nil)
        let caoDuong = try #require(all.communes.first { $0.name == "Cao Dương" })
        #expect(caoDuong == CommuneInfo(
            code: "10174", name: "Cao Dương", kind: "commune", validUntil: "2024-11-30",
            mergedInto: CommuneReference(code: "10174", name: "Cao Xuân Dương"), mergedOn: "2024-12-01"))
        #expect(all.communes.first { $0.name == "Kim Bài" }?.kind == "town")
        let in2025 = try await Self.list(client, ListCommunesParameters(asOf: "2025-01-01"))
        #expect(in2025.communes.count == 20)
        #expect(!in2025.communes.contains { $0.name == "Cao Dương" || $0.name == "Xuân Dương" })
        #expect(try await Self.list(client, ListCommunesParameters(asOf: "2024-11-30")).communes.count == 21)

        let thuy = try await Self.list(client, ListCommunesParameters(query: "thanh thuy"))
        #expect(thuy.communes.map(\.name) == ["Thanh Thùy"])
        let nfd = try await Self.list(client, ListCommunesParameters(query: "ĐỘNG".decomposedStringWithCanonicalMapping))
        #expect(nfd.communes.map(\.code) == ["10153"])

        let current = try await client.send(
            "vn.khuyenhoc.Registry.GetCommune", parameters: .value(GetCommuneParameters(code: "10174"))).decode(GetCommuneReply.self)
        #expect(current.commune.name == "Cao Xuân Dương" && current.commune.validFrom == "2024-12-01")
        let before = try await client.send(
            "vn.khuyenhoc.Registry.GetCommune", parameters: .value(GetCommuneParameters(code: "10174", asOf: "2024-06-01")))
            .decode(GetCommuneReply.self)
        #expect(before.commune.name == "Cao Dương")
        await client.close()
        #expect(try await daemon.stop() == 0)
        #expect(daemon.log().contains("records=4978"), "\(daemon.log())")
        // The registry itself says which records are real and which are made up.
        let origins = try await SQLiteRegistryStore(path: "\(daemon.stateDirectory)/registry.sqlite").origins()
        #expect(origins.map(\.entity) == [.commune, .community, .household, .person, .clan, .unit, .evidence])
        #expect(origins.map(\.synthetic) == [false, true, true, true, true, true, true])
        #expect(origins.first { $0.entity == .person }?.lastID == 2000)

        // The same state folder again: the registry is opened as it is, not filled a second time.
        let again = try DaemonProcess()
        again.stateDirectory = daemon.stateDirectory
        try await again.start()
        let second = try await again.client()
        #expect(try await Self.list(second).communes.map(\.name) == Self.vietnameseOrder)
        await second.close()
        #expect(try await again.stop() == 0)
        let log = again.log()
        #expect(log.contains("registry opened") && !log.contains("sample district"), "\(log)")
    }

    @Test func pagingReturnsEveryCommuneOnceInOrder() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        var names: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try await Self.list(client, ListCommunesParameters(limit: 5, cursor: cursor))
            #expect(page.communes.count <= 5)
            names += page.communes.map(\.name)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil && pages < 10
        #expect(names == Self.vietnameseOrder)
        #expect(pages == 5)
        await client.close()
        try await daemon.stop()
    }

    @Test func badParametersAndUnknownCodesAreTheDeclaredErrors() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let unknown = try await client.send(
            "vn.khuyenhoc.Registry.GetCommune", parameters: .value(GetCommuneParameters(code: "99999")))
        let notFound = try #require(unknown.asError())
        #expect(notFound.name == "vn.khuyenhoc.Registry.CommuneNotFound")
        #expect(notFound.parameters["code"] == .string("99999"))
        let merged = try await client.send(
            "vn.khuyenhoc.Registry.GetCommune", parameters: .value(GetCommuneParameters(code: "10177", asOf: "2025-01-01")))
        #expect(merged.asError()?.name == "vn.khuyenhoc.Registry.CommuneNotFound")
        for (code, asOf, field) in [("1017", nil, "code"), ("10a74", nil, "code"), ("10174", "2024-1-1", "asOf")] {
            let reply = try await client.send(
                "vn.khuyenhoc.Registry.GetCommune", parameters: .value(GetCommuneParameters(code: code, asOf: asOf)))
            let error = try #require(reply.asError())
            #expect(error.name == "vn.khuyenhoc.Registry.InvalidValue")
            #expect(error.parameters["field"] == .string(field), "\(code) \(String(describing: asOf))")
        }
        let cases: [(ListCommunesParameters, String)] = [
            (ListCommunesParameters(asOf: "2024-02-30"), "asOf"),
            (ListCommunesParameters(limit: 0), "limit"),
            (ListCommunesParameters(limit: 1001), "limit"),
            (ListCommunesParameters(cursor: "not a cursor!"), "cursor"),
        ]
        for (parameters, field) in cases {
            let reply = try await client.send("vn.khuyenhoc.Registry.ListCommunes", parameters: .value(parameters))
            let error = try #require(reply.asError())
            #expect(error.name == "vn.khuyenhoc.Registry.InvalidValue")
            #expect(error.parameters["field"] == .string(field))
        }
        await client.close()
        try await daemon.stop()
    }

    @Test func noSampleLeavesTheRegistryEmpty() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        #expect(FileManager.default.fileExists(atPath: "\(daemon.stateDirectory)/registry.sqlite"))
        let client = try await daemon.client()
        let reply = try await Self.list(client)
        #expect(reply.communes.isEmpty && reply.nextCursor == nil)
        await client.close()
        try await daemon.stop()
    }

    @Test func theConfigKeyTurnsTheSampleOffAndSystemModeLeavesItOff() async throws {
        let daemon = try DaemonProcess()
        let config = daemon.folder.path("khuyenhocd.json")
        try #"{"loadSample": false}"#.write(toFile: config, atomically: true, encoding: .utf8)
        try await daemon.start(arguments: ["--config", config])
        let client = try await daemon.client()
        #expect(try await Self.list(client).communes.isEmpty)
        await client.close()
        try await daemon.stop()

        let system = try DaemonProcess()
        let empty = system.folder.path("empty.json")
        try "{}".write(toFile: empty, atomically: true, encoding: .utf8)
        try await system.start(arguments: ["--mode", "system", "--config", empty])
        let other = try await system.client()
        #expect(try await Self.list(other).communes.isEmpty)
        await other.close()
        try await system.stop()
    }

    @Test func thePythonClientListsCommunes() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let call = try await ExternalCommand.run(
            "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Registry.ListCommunes", #"{"query": "thanh"}"#])
        #expect(call.status == 0, "\(call.stderr)")
        let reply = try JSONDecoder().decode(ListCommunesReply.self, from: Data(call.stdout.utf8))
        #expect(reply.communes.map(\.name) == ["Thanh Cao", "Thanh Mai", "Thanh Thùy", "Thanh Văn"])
        try await daemon.stop()
    }

    @Test func theCLIPrintsTheCommunesAsATableInEitherLanguage() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]
        let english = try await CLITests.khuyenhoc(["communes"] + socket)
        #expect(english.status == 0, "\(english.stderr)")
        let lines = CLITests.lines(english.stdout)
        #expect(CLITests.cells(lines[0]) == ["CODE", "NAME", "KIND", "FROM", "UNTIL", "MERGED INTO"])
        // The header, its rule, and one row per commune in Vietnamese order.
        #expect(lines.dropFirst(2).map { CLITests.cells($0)[1] } == Self.vietnameseOrder)
        #expect(CLITests.cells(try #require(CLITests.line(english.stdout, startingWith: "10177")))
            == ["10177", "Xuân Dương", "commune", "—", "2024-11-30", "Cao Xuân Dương (10174)"])

        let vietnamese = try await CLITests.khuyenhoc(
            ["communes", "thanh thuy", "--as-of", "2024-06-01"] + socket, environment: CLITests.vietnamese)
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        let rows = CLITests.lines(vietnamese.stdout)
        #expect(CLITests.cells(rows[0]) == ["MÃ SỐ", "TÊN", "LOẠI", "TỪ NGÀY", "ĐẾN NGÀY", "SÁP NHẬP VÀO"])
        #expect(CLITests.cells(rows[2]) == ["10144", "Thanh Thùy", "xã", "—", "—", "—"])
        #expect(rows.count == 3)

        let json = try await CLITests.khuyenhoc(["communes", "--json", "kim"] + socket)
        let reply = try JSONDecoder().decode(ListCommunesReply.self, from: Data(json.stdout.utf8))
        #expect(reply.communes.map(\.name) == ["Kim An", "Kim Bài", "Kim Thư"])

        let bad = try await CLITests.khuyenhoc(["communes", "--as-of", "yesterday"] + socket)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("asOf"))
        try await daemon.stop()
    }
}
