import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// The real daemon, the real citizen plugin, over the socket.
@Suite struct EvaluationEndToEndTests {
    @Test func listsTheCitizenPluginAsLoaded() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(reply.models.map(\.id) == ["citizen"])
        let citizen = try #require(reply.models.first)
        #expect(citizen.state == .loaded)
        #expect(citizen.abiVersion == 2)
        #expect(citizen.variants.map(\.id) == ["farmers", "workers", "officials"])
        #expect(citizen.basis?.status == .provisional)
        #expect(citizen.rubrics.map(\.version) == ["2022.1"])
        #expect(citizen.rubrics.first?.origin == "built-in")
        #expect(citizen.rubrics.first?.active == true)
        #expect(citizen.measures.isEmpty)
        #expect(citizen.warnings.isEmpty)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func servesEachTargetGroupsRubricWithTenIndicatorsSplitFourFourTwo() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        for variant in ["farmers", "workers", "officials"] {
            let reply: GetRubricReply = try await client.call(
                "vn.khuyenhoc.Models.GetRubric", GetRubricParameters(model: "citizen", variant: variant))
            #expect(reply.rubric.criteria.map { $0.indicators.count } == [4, 4, 2])
            #expect(reply.rubric.indicators.allSatisfy { $0.maxPoints == 10 })
            #expect(reply.rubric.recognition == RecognitionRule(minimumTotal: 80, indicatorFloor: 5))
        }
        await #expect(throws: VarlinkError.self) {
            let _: GetRubricReply = try await client.call("vn.khuyenhoc.Models.GetRubric", GetRubricParameters(model: "citizen"))
        }
        await client.close()
        try await daemon.stop()
    }

    @Test(arguments: [
        // (points for every indicator, overrides, recognized, total)
        (8.0, [String: Double](), true, 80.0),
        (8.0, ["sl1": 7], false, 79.0),
        (10.0, ["it4": 4.5], false, 94.5),
        (10.0, ["it4": 5], true, 95.0),
        (5.0, [:], false, 50.0),
    ])
    func appliesTheThresholdAndTheFloor(points: Double, overrides: [String: Double], recognized: Bool, total: Double) async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let reply: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate",
            EvaluateParameters(model: "citizen", facts: CitizenFacts.farmers(points, overriding: overrides), year: 2026))
        #expect(reply.result.recognized == recognized)
        #expect(reply.result.total == total)
        #expect(reply.result.year == 2026)
        #expect(reply.result.reasons.isEmpty == recognized)
        await client.close()
        try await daemon.stop()
    }

    @Test func badFactsGetInvalidFactsNamingTheField() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let cases: [(JSONValue, String)] = [
            (CitizenFacts.farmers(8, overriding: ["sl2": 11]), "scores.sl2"),
            (CitizenFacts.farmers(8, overriding: ["sl3": -1]), "scores.sl3"),
            (.object(["targetGroup": .string("farmers"), "scores": .object(["sl1": .string("eight")])]), "scores.sl1"),
            (.object(["targetGroup": .string("farmers"), "scores": .object(["sl1": .number(8)])]), "scores.sl2"),
            (.object(["targetGroup": .string("pilots"), "scores": .object([:])]), "targetGroup"),
            (.object(["scores": .object([:])]), "targetGroup"),
            (.string("not an object"), "facts"),
        ]
        for (facts, field) in cases {
            let reply = try await client.send(
                "vn.khuyenhoc.Evaluation.Evaluate", parameters: .value(EvaluateParameters(model: "citizen", facts: facts)))
            let error = try #require(reply.asError())
            #expect(error.name == "vn.khuyenhoc.Evaluation.InvalidFacts")
            #expect(error.parameters["field"] == .string(field), "\(facts)")
        }
        let unknown = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate", parameters: .value(EvaluateParameters(model: "dragon", facts: .object([:]))))
        #expect(unknown.asError()?.name == "vn.khuyenhoc.Evaluation.ModelNotFound")
        await client.close()
        try await daemon.stop()
    }

    @Test func aPartialEvaluationScoresWhatIsGivenAndGrantsNoTitle() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let facts: JSONValue = .object([
            "targetGroup": .string("farmers"),
            "scores": .object(["sl1": .number(10), "sl2": .number(10), "sl3": .number(10), "sl4": .number(10)]),
        ])
        let reply: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate", EvaluateParameters(model: "citizen", facts: facts, partial: true))
        let result = reply.result
        #expect(!result.complete && !result.recognized)
        #expect(result.total == 40)
        let indicators = result.criteria.flatMap(\.indicators)
        #expect(indicators.filter(\.assessed).map(\.id) == ["sl1", "sl2", "sl3", "sl4"])
        #expect(result.reasons.map(\.code).contains("incomplete"))

        let whole = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate", parameters: .value(EvaluateParameters(model: "citizen", facts: facts, partial: false)))
        #expect(whole.asError()?.name == "vn.khuyenhoc.Evaluation.InvalidFacts")
        #expect(whole.asError()?.parameters["field"] == .string("scores.it1"))
        await client.close()
        try await daemon.stop()
    }
}
