import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// All five model plugins in one real daemon, called over the socket: each plugin README's example
/// facts score as its README says, through our client and through the third-party Python client.
@Suite struct AllModelsEndToEndTests {
    static let models = ["Citizen", "Family", "Clan", "Community", "Unit"]

    static func daemon() throws -> DaemonProcess {
        try DaemonProcess(plugins: models.map { BuildProducts.directory.appendingPathComponent("libKhuyenHoc\($0).so") })
    }

    /// The first JSON block of a plugin's README: its example facts.
    static func readmeFacts(_ model: String) throws -> Data {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Plugins/\(model)/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return Data(text[start.upperBound..<end.lowerBound].utf8)
    }

    @Test func listsTheFiveModelsLoadedInDependencyOrder() async throws {
        let daemon = try Self.daemon()
        try await daemon.start()
        let client = try await daemon.client()
        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(Set(reply.models.map(\.id)) == ["citizen", "family", "clan", "community", "unit"])
        for model in reply.models {
            #expect(model.state == .loaded, "\(model.id): \(model.error ?? "")")
            #expect(model.warnings.isEmpty, "\(model.id): \(model.warnings)")
            #expect(model.basis?.status == .provisional)
            #expect(model.id == "citizen" || !model.measures.isEmpty)
        }
        let dependsOn = Dictionary(uniqueKeysWithValues: reply.models.map { ($0.id, $0.dependsOn) })
        #expect(dependsOn == ["citizen": [], "family": ["citizen"], "clan": ["family"], "community": ["family", "clan"], "unit": ["citizen"]])
        #expect(reply.models.first { $0.id == "family" }?.rubrics.map(\.version) == ["2015", "2022.1"])
        for id in ["family", "clan", "community", "unit"] {
            let rubric: GetRubricReply = try await client.call("vn.khuyenhoc.Models.GetRubric", GetRubricParameters(model: id))
            #expect(rubric.rubric.criteria.count == 3, "\(id)")
            #expect((4...10).contains(rubric.rubric.indicators.count), "\(id)")
            #expect(rubric.rubric.maxTotal == 100, "\(id)")
        }
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    /// model, total, recognised, grade: as each README says of its example.
    @Test(arguments: [
        ("Clan", 79.0, true, "fair"), ("Community", 68.0, false, nil), ("Unit", 66.0, false, nil),
    ] as [(String, Double, Bool, String?)])
    func eachReadmeExampleScoresAsDocumented(model: String, total: Double, recognized: Bool, grade: String?) async throws {
        let daemon = try Self.daemon()
        try await daemon.start()
        let client = try await daemon.client()
        let facts = try JSONDecoder().decode(JSONValue.self, from: Self.readmeFacts(model))
        let reply: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate", EvaluateParameters(model: model.lowercased(), facts: facts, year: 2026))
        #expect(reply.result.total == total && reply.result.recognized == recognized && reply.result.grade == grade)
        #expect(reply.result.reasons.isEmpty == recognized)
        #expect(reply.result.improvements.isEmpty == recognized)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func theSameHouseholdUnderThe2015And2022RubricsSideBySide() async throws {
        let daemon = try Self.daemon()
        try await daemon.start()
        let client = try await daemon.client()
        let facts = try JSONDecoder().decode(JSONValue.self, from: Self.readmeFacts("Family"))
        let now: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate", EvaluateParameters(model: "family", facts: facts, year: 2026))
        #expect(now.result.rubricVersion == "2022.1")
        // The 2015 rubric asks other indicators of the association: it names the first it misses.
        let then = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate",
            parameters: .value(EvaluateParameters(model: "family", facts: facts, year: 2026, rubricVersion: "2015")))
        let error = try #require(then.asError())
        #expect(error.name == "vn.khuyenhoc.Evaluation.InvalidFacts")
        #expect(error.parameters["field"].map { "\($0)" }?.contains("indicators.") == true)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func thePythonClientEvaluatesEveryModel() async throws {
        let daemon = try Self.daemon()
        try await daemon.start()
        for model in Self.models {
            let facts = try Self.readmeFacts(model)
            let parameters = "{\"model\": \"\(model.lowercased())\", \"facts\": \(String(decoding: facts, as: UTF8.self))}"
            let output = try await ExternalCommand.run(
                "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Evaluation.Evaluate", parameters])
            #expect(output.status == 0, "\(model): \(output.stderr)")
            let reply = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            let result = reply?["result"] as? [String: Any]
            #expect(result?["model"] as? String == model.lowercased())
            #expect((result?["criteria"] as? [Any])?.count == 3)
        }
        #expect(try await daemon.stop() == 0)
    }

    @Test func impossibleMemberDataIsADeclaredErrorNamingTheField() async throws {
        let daemon = try Self.daemon()
        try await daemon.start()
        let client = try await daemon.client()
        let cases: [(String, String, String)] = [
            ("family", #"{"members": [{"age": -3}], "indicators": {}}"#, "members.0.age"),
            ("clan", #"{"families": [{"learningFamily": true, "adults": 3, "adultLearningCitizens": 5}], "indicators": {}}"#,
             "families.0.adultLearningCitizens"),
            ("unit", #"{"staff": [{"learningCitizen": true}], "totalStaff": 0, "indicators": {}}"#, "totalStaff"),
            ("community", #"{"families": [{"learningFamily": true, "adults": 2}], "totalFamilies": 1, "clans": [], "totalClans": -1, "indicators": {}}"#,
             "totalClans"),
        ]
        for (model, json, field) in cases {
            let facts = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            let reply = try await client.send(
                "vn.khuyenhoc.Evaluation.Evaluate", parameters: .value(EvaluateParameters(model: model, facts: facts)))
            let error = try #require(reply.asError(), "\(model)")
            #expect(error.name == "vn.khuyenhoc.Evaluation.InvalidFacts")
            #expect(error.parameters["field"] == .string(field), "\(model): \(error.parameters)")
        }
        // The daemon serves on after every refusal.
        let list: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(list.models.count == 5)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }
}
