import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// `vn.khuyenhoc.Reports` and `vn.khuyenhoc.Registry.RecordMerge` through the real daemon, on the
/// registry of ``ReportRegistry``.
@Suite struct ReportsEndToEndTests {
    static func daemon() async throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        try await ReportRegistry.write(to: daemon.stateDirectory)
        try await daemon.start(arguments: ["--no-sample"])
        return daemon
    }

    static func progress(_ client: VarlinkClient, _ area: String?, _ year: Int) async throws -> VarlinkReply {
        try await client.send("vn.khuyenhoc.Reports.Progress", parameters: .value(ProgressParameters(area: area, year: year)))
    }

    static func families(_ reply: VarlinkReply) throws -> MeasureProgress {
        try reply.decode(ProgressReply.self).measures.first { $0.id == "families" }!
    }

    @Test func aMergeRecordedThroughTheSocketChangesLaterYearsOnly() async throws {
        let daemon = try await Self.daemon()
        let client = try await daemon.client()
        // Before the merge is recorded Cao Xuân Dương has no villages of its own.
        #expect(try Self.families(try await Self.progress(client, "10174", 2025)).total == 0)

        let merge = try await client.send("vn.khuyenhoc.Registry.RecordMerge", parameters: .value(
            RecordMergeParameters(communes: ["10174", "10177"], into: "10174", on: "2024-12-01")))
        let merged = try merge.decode(RecordMergeReply.self)
        #expect(merged.merged.map(\.name) == ["Cao Dương", "Xuân Dương"])
        #expect(merged.merged.allSatisfy { $0.mergedInto == CommuneReference(code: "10174", name: "Cao Xuân Dương") })
        #expect(merged.merged.map(\.validUntil) == ["2024-11-30", "2024-11-30"])

        // 2025: the new commune counts both old communes' households; Cao Dương's recognised.
        let after = try await Self.progress(client, "10174", 2025)
        let area = try after.decode(ProgressReply.self).area
        #expect(area.name == "Cao Xuân Dương" && area.counted.map(\.name) == ["Cao Xuân Dương", "Cao Dương", "Xuân Dương"])
        let families2025 = try Self.families(after)
        #expect([families2025.total, families2025.evaluated, families2025.recognized] == [2, 1, 1] as [Int])
        #expect(families2025.share == 50 && families2025.target.year == 2025 && families2025.gap == 20)
        // 2023: the code named Cao Dương, alone.
        let before = try await Self.progress(client, "10174", 2023)
        #expect(try before.decode(ProgressReply.self).area.name == "Cao Dương")
        #expect(try Self.families(before).total == 1 && Self.families(before).recognized == 1)
        // Xuân Dương's code after the merge: a declared error naming where it went.
        let gone = try await Self.progress(client, "10177", 2025)
        #expect(gone.error == "vn.khuyenhoc.Reports.CommuneNotInYear")
        #expect(gone.asError()?.parameters["mergedInto"] == .object(["code": .string("10174"), "name": .string("Cao Xuân Dương")]))

        // The same merge again is refused, naming the commune, and changes nothing.
        let again = try await client.send("vn.khuyenhoc.Registry.RecordMerge", parameters: .value(
            RecordMergeParameters(communes: ["10177"], into: "10174", on: "2024-12-01")))
        #expect(again.error == "vn.khuyenhoc.Registry.InvalidValue")
        #expect(again.asError()?.parameters["field"] == .string("communes[0]"))
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func theDistrictAndTheCommunesBehind() async throws {
        let daemon = try await Self.daemon()
        let client = try await daemon.client()
        // 2024-12-31: Cự Khê, Cao Xuân Dương and Xuân Dương exist (the merge is not recorded, so
        // Xuân Dương has no end); Cao Dương ended on 2024-11-30 and went into no commune.
        let district = try await Self.progress(client, nil, 2024).decode(ProgressReply.self)
        #expect(district.day == "2024-12-31")
        #expect(district.area.counted.map(\.name) == ["Cao Xuân Dương", "Cự Khê", "Xuân Dương"])
        let families = district.measures.first { $0.id == "families" }!
        // h1–h3 and Xuân Dương's: evidence h1, h3; results h1 (recognised), h2: 1 of 4.
        #expect([families.total, families.registered, families.evaluated, families.recognized] == [4, 2, 2, 1] as [Int])
        #expect(families.share == 25 && families.gap == 45 && families.behind)
        let staff = district.measures.first { $0.id == "staffCitizens" }!
        #expect([staff.total, staff.recognized] == [1, 1] as [Int] && !staff.behind)

        let behind = try await client.send("vn.khuyenhoc.Reports.CommunesBehind", parameters: .value(
            CommunesBehindParameters(year: 2024))).decode(CommunesBehindReply.self)
        // Cự Khê: unit 0/1 (80 points), village 0/1 (65), families 1/3 (36.67), adults 1/3 (6.67).
        // Xuân Dương: its household 0/1 (70), its village 0/1 (65), its adult 0/1 (40). Equal gaps
        // in the communes' Vietnamese order.
        #expect(behind.behind.map { "\($0.commune.code) \($0.measure.id) \($0.measure.gap!)" } == [
            "10120 units 80.0", "10177 families 70.0", "10120 communities 65.0", "10177 communities 65.0",
            "10177 adultCitizens 40.0", "10120 families 36.67", "10120 adultCitizens 6.67",
        ])
        let onlyCitizen = try await client.send("vn.khuyenhoc.Reports.CommunesBehind", parameters: .value(
            CommunesBehindParameters(year: 2024, model: "citizen"))).decode(CommunesBehindReply.self)
        #expect(onlyCitizen.behind.map { "\($0.commune.code) \($0.measure.id)" } == ["10177 adultCitizens", "10120 adultCitizens"])
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func wrongRequestsGetDeclaredErrorsNamingTheField() async throws {
        let daemon = try await Self.daemon()
        let client = try await daemon.client()
        let calls: [(String, JSONValue, String, String)] = [
            ("Reports.Progress", .object(["area": .string("10120"), "year": .number(1999)]), "Reports.InvalidValue", "year"),
            ("Reports.Progress", .object(["area": .string("10x20"), "year": .number(2024)]), "Reports.InvalidValue", "area"),
            ("Reports.Progress", .object(["area": .string("99999"), "year": .number(2024)]), "Reports.CommuneNotFound", "area"),
            ("Reports.CommunesBehind", .object(["year": .number(2024), "model": .string("village")]), "Reports.InvalidValue", "model"),
            ("Registry.RecordMerge", .object(["communes": .array([]), "into": .string("10174"), "on": .string("2024-12-01")]),
             "Registry.InvalidValue", "communes"),
            ("Registry.RecordMerge", .object(["communes": .array([.string("10177")]), "into": .string("10174"), "on": .string("2024-02-30")]),
             "Registry.InvalidValue", "on"),
            ("Registry.RecordMerge", .object(["communes": .array([.string("10177")]), "into": .string("10999"), "on": .string("2024-12-01")]),
             "Registry.InvalidValue", "into"),
            ("Registry.RecordMerge", .object(["communes": .array([.string("10120"), .string("10178")]), "into": .string("10174"), "on": .string("2024-12-01")]),
             "Registry.InvalidValue", "communes[1]"),
        ]
        for (method, parameters, error, field) in calls {
            let reply = try await client.send("vn.khuyenhoc.\(method)", parameters: .value(parameters))
            #expect(reply.error == "vn.khuyenhoc.\(error)", "\(method) \(parameters)")
            #expect(reply.asError()?.parameters["field"] == .string(field), "\(method) \(reply.asError()?.parameters ?? [:])")
        }
        // The refused merges changed nothing: Cự Khê still reports on its own.
        let cuKhe = try await Self.progress(client, "10120", 2025).decode(ProgressReply.self)
        #expect(cuKhe.area.validUntil == nil)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func thePythonVarlinkClientCallsProgress() async throws {
        let daemon = try await Self.daemon()
        let output = try await ExternalCommand.run(
            "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Reports.Progress", #"{"area": "10120", "year": 2024}"#])
        #expect(output.status == 0, "\(output.stderr)")
        let reply = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let measures = reply?["measures"] as? [[String: Any]]
        #expect(measures?.map { $0["id"] as? String } == ["families", "clans", "communities", "units", "adultCitizens", "staffCitizens"])
        #expect((reply?["area"] as? [String: Any])?["name"] as? String == "Cự Khê")
        #expect(measures?.first?["total"] as? Int == 3)
        #expect(try await daemon.stop() == 0)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayReadReportsButNotRecordAMerge() async throws {
        let daemon = try DaemonProcess()
        try await ReportRegistry.write(to: daemon.stateDirectory)
        try await daemon.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        let frames = #"{"method":"vn.khuyenhoc.Reports.Progress","parameters":{"year":2024}}"# + "\0"
            + #"{"method":"vn.khuyenhoc.Registry.RecordMerge","parameters":{"communes":["10177"],"into":"10174","on":"2024-12-01"}}"# + "\0"
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(daemon.socket)"],
            input: Data(frames.utf8))
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 2, "\(asNobody.stdout) \(asNobody.stderr)")
        #expect(replies[0].contains("\"measures\""))
        #expect(replies[1] == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        // Nothing was merged.
        let client = try await daemon.client()
        let xuanDuong = try await Self.progress(client, "10177", 2025)
        #expect(xuanDuong.error == nil)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func theSampleKeepsMergedVillagesWithTheirOldCommunes() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        func communities(_ code: String, _ year: Int) async throws -> Int {
            try await Self.progress(client, code, year).decode(ProgressReply.self).measures.first { $0.id == "communities" }!.total
        }
        let caoDuong = try await communities("10174", 2023)
        let xuanDuong = try await communities("10177", 2023)
        #expect(caoDuong > 0 && xuanDuong > 0)
        // From the merge on, Cao Xuân Dương (which took over 10174) holds both communes' villages.
        #expect(try await communities("10174", 2025) == caoDuong + xuanDuong)
        let district2023 = try await Self.progress(client, nil, 2023).decode(ProgressReply.self)
        let district2025 = try await Self.progress(client, nil, 2025).decode(ProgressReply.self)
        #expect(district2023.area.counted.count == 21 && district2025.area.counted.count == 20)
        // Every household, clan, village, unit and staff member is counted in both years (adults
        // depend on the year: people come of age).
        let fixed = { (reply: ProgressReply) in reply.measures.filter { $0.id != "adultCitizens" }.map(\.total) }
        #expect(fixed(district2023) == fixed(district2025))
        await client.close()
        #expect(try await daemon.stop() == 0)
    }
}
