import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// Wrong requests over the socket get declared errors, and the daemon keeps serving.
@Suite struct ProtocolEndToEndTests {
    @Test func wrongCallsGetDeclaredErrorsAndTheDaemonServesOn() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let cases: [(String, String, String?)] = [
            ("not json", "vn.khuyenhoc.Service.MalformedCall", nil),
            ("{\"parameters\":{}}", "vn.khuyenhoc.Service.MalformedCall", nil),
            ("{\"method\":42}", "vn.khuyenhoc.Service.MalformedCall", nil),
            ("{\"method\":\"vn.khuyenhoc.Models.Nope\"}", "org.varlink.service.MethodNotFound", nil),
            ("{\"method\":\"vn.khuyenhoc.Nope.Call\"}", "org.varlink.service.InterfaceNotFound", nil),
            ("{\"method\":\"vn.khuyenhoc.Models.GetRubric\",\"parameters\":{\"model\":7}}", "org.varlink.service.InvalidParameter", "model"),
            ("{\"method\":\"vn.khuyenhoc.Evaluation.Evaluate\",\"parameters\":{\"facts\":{}}}", "org.varlink.service.InvalidParameter", "model"),
            ("{\"method\":\"vn.khuyenhoc.Evaluation.Evaluate\",\"parameters\":{\"model\":\"citizen\",\"facts\":{},\"year\":\"2026\"}}", "org.varlink.service.InvalidParameter", "year"),
            ("{\"method\":\"vn.khuyenhoc.Evaluation.Evaluate\",\"parameters\":{\"model\":\"citizen\",\"facts\":{},\"rubricVersion\":2022}}", "org.varlink.service.InvalidParameter", "rubricVersion"),
            ("{\"method\":\"vn.khuyenhoc.Evaluation.Evaluate\",\"parameters\":{\"model\":\"citizen\",\"facts\":{},\"partial\":\"yes\"}}", "org.varlink.service.InvalidParameter", "partial"),
            ("{\"method\":\"vn.khuyenhoc.Models.GetRubric\",\"parameters\":{\"model\":\"citizen\",\"year\":\"2026\"}}", "org.varlink.service.InvalidParameter", "year"),
            ("{\"method\":\"vn.khuyenhoc.Models.CheckRubric\",\"parameters\":{\"file\":\"x.json\"}}", "org.varlink.service.InvalidParameter", "text"),
            ("{\"method\":\"org.varlink.service.GetInterfaceDescription\",\"parameters\":{\"interface\":\"x.y\"}}", "org.varlink.service.InterfaceNotFound", nil),
        ]
        for (frame, errorName, parameter) in cases {
            let reply = try await client.send(frame: Data(frame.utf8) + [0])
            #expect(reply.error == errorName, "\(frame)")
            if let parameter {
                #expect(reply.asError()?.parameters["parameter"] == .string(parameter), "\(frame)")
            }
        }
        let info: GetInfo = try await client.call("org.varlink.service.GetInfo")
        #expect(info.interfaces.contains("vn.khuyenhoc.Evaluation"))
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func anOversizedFrameClosesOnlyThatConnection() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--max-frame-size", "4096"])
        let bystander = try await daemon.client()
        let offender = try await daemon.client()
        let huge = "{\"method\":\"vn.khuyenhoc.Models.ListModels\",\"parameters\":{\"pad\":\"" + String(repeating: "x", count: 10_000) + "\"}}"
        let reply = try await offender.send(frame: Data(huge.utf8) + [0])
        #expect(reply.error == "vn.khuyenhoc.Service.FrameTooLarge")
        #expect(reply.asError()?.parameters["limit"] == .number(4096))
        await #expect(throws: (any Error).self) {
            _ = try await offender.send("vn.khuyenhoc.Models.ListModels")
        }
        let stillServing: ListModelsReply = try await bystander.call("vn.khuyenhoc.Models.ListModels")
        #expect(stillServing.models.count == 1)
        await bystander.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func pipelinedCallsAreAnsweredInOrder() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        async let first = client.send("vn.khuyenhoc.Models.GetRubric", parameters: .value(GetRubricParameters(model: "citizen", variant: "farmers")))
        async let second = client.send("vn.khuyenhoc.Models.GetRubric", parameters: .value(GetRubricParameters(model: "citizen", variant: "workers")))
        async let third = client.send("vn.khuyenhoc.Models.GetRubric", parameters: .value(GetRubricParameters(model: "citizen", variant: "nobody")))
        let replies = try await [first, second, third]
        #expect(try replies[0].decode(GetRubricReply.self).rubric.variant == "farmers")
        #expect(try replies[1].decode(GetRubricReply.self).rubric.variant == "workers")
        #expect(replies[2].error == "vn.khuyenhoc.Models.VariantNotFound")
        await client.close()
        try await daemon.stop()
    }

    @Test func thePythonVarlinkClientListsAndParsesEveryInterface() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let info = try await ExternalCommand.run("python3", ["-m", "varlink.cli", "info", "unix:\(daemon.socket)"])
        #expect(info.status == 0, "\(info.stderr)")
        for interface in ["org.varlink.service", "vn.khuyenhoc.Models", "vn.khuyenhoc.Evaluation", "vn.khuyenhoc.Service", "vn.khuyenhoc.Registry", "vn.khuyenhoc.Reports", "vn.khuyenhoc.Rollout"] {
            #expect(info.stdout.contains(interface))
            // `help` fetches the description and parses it with the Python scanner.
            let help = try await ExternalCommand.run("python3", ["-m", "varlink.cli", "help", "unix:\(daemon.socket)/\(interface)"])
            #expect(help.status == 0, "\(interface): \(help.stderr)")
            #expect(help.stdout.contains("interface \(interface)"))
        }
        let facts = #"{"model":"citizen","facts":{"targetGroup":"officials","scores":{"sl1":9,"sl2":9,"sl3":9,"sl4":9,"it1":9,"it2":9,"it3":9,"it4":9,"sr1":9,"sr2":9}}}"#
        let call = try await ExternalCommand.run(
            "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Evaluation.Evaluate", facts])
        #expect(call.status == 0, "\(call.stderr)")
        let reply = try JSONDecoder().decode(EvaluateReply.self, from: Data(call.stdout.utf8))
        #expect(reply.result.recognized && reply.result.total == 90)
        try await daemon.stop()
    }

    @Test func sigtermEndsTheDaemonWithStatusZeroAndRemovesTheSocket() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        #expect(try await daemon.stop(signal: SIGTERM) == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))
    }
}

private struct GetInfo: Decodable {
    var vendor: String
    var interfaces: [String]
}
