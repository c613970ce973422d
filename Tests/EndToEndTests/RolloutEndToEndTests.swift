import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// `vn.khuyenhoc.Rollout` through the real daemon: a small registry built over the socket
/// (`--no-sample`), and the sample district's seeded situation.
@Suite struct RolloutEndToEndTests {
    /// Thanh Thùy and Bích Hòa; Cao Dương (until 2024-11-30) and Xuân Dương, merged into Cao Xuân
    /// Dương (10174 again) on 2024-12-01, after Xuân Dương began studying the community criteria.
    static func daemon() async throws -> (DaemonProcess, VarlinkClient) {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        try await registry.addCommune("10144", "Thanh Thùy")
        try await registry.addCommune("10126", "Bích Hòa")
        _ = try await registry.call(
            "AddCommune", AddCommuneParameters(code: "10174", name: "Cao Dương", validUntil: "2024-11-30"), as: CommuneReply.self)
        try await registry.addCommune("10177", "Xuân Dương")
        _ = try await registry.call(
            "AddCommune", AddCommuneParameters(code: "10174", name: "Cao Xuân Dương", validFrom: "2024-12-01"), as: CommuneReply.self)
        _ = try await call(client, "SetPhase", SetPhaseParameters(
            commune: "10177", model: "community", phase: "studyingCriteria", effectiveOn: "2023-01-01"), as: SetPhaseReply.self)
        _ = try await registry.call(
            "RecordMerge", RecordMergeParameters(communes: ["10174", "10177"], into: "10174", on: "2024-12-01"), as: RecordMergeReply.self)
        return (daemon, client)
    }

    static func call<Reply: Decodable>(
        _ client: VarlinkClient, _ method: String, _ parameters: some Encodable & Sendable, as type: Reply.Type = Reply.self
    ) async throws -> Reply {
        let reply = try await client.send("vn.khuyenhoc.Rollout.\(method)", parameters: .value(parameters))
        if let error = reply.asError() { throw error }
        return try reply.decode(Reply.self)
    }

    static func error(_ client: VarlinkClient, _ method: String, json parameters: String) async throws -> VarlinkError? {
        let frame = Data(#"{"method":"vn.khuyenhoc.Rollout.\#(method)","parameters":\#(parameters)}"#.utf8) + Data([0])
        return try await client.send(frame: frame).asError()
    }

    @Test func phasesPlansAndLatenessThroughTheSocket() async throws {
        let (daemon, client) = try await Self.daemon()
        // A plan for every commune that exists today: not the merged ones.
        let plan = try await Self.call(client, "ApplyPlan", ApplyPlanParameters(model: "family", plan: [
            PhaseDeadlineInfo(phase: "pilot", due: "2024-06-30"), PhaseDeadlineInfo(phase: "pilotReview", due: "2024-12-31"),
            PhaseDeadlineInfo(phase: "massRollout", due: "2099-12-31"),
        ]), as: ApplyPlanReply.self)
        #expect(plan.communes.map(\.name) == ["Bích Hòa", "Cao Xuân Dương", "Thanh Thùy"])
        #expect(plan.written == 9 && plan.kept == 0)
        // Thanh Thùy gets until September for its pilot; the area's plan again keeps that.
        let adjusted = try await Self.call(client, "SetPhaseDeadline", SetPhaseDeadlineParameters(
            commune: "10144", model: "family", phase: "pilot", due: "2024-09-30"), as: SetPhaseDeadlineReply.self)
        #expect(adjusted.planned.map(\.due) == ["2024-09-30", "2024-12-31", "2099-12-31"])
        #expect(adjusted.planned.allSatisfy { !$0.sample })
        let again = try await Self.call(client, "ApplyPlan", ApplyPlanParameters(
            area: "10144", model: "family", plan: [PhaseDeadlineInfo(phase: "pilot", due: "2024-06-30")]), as: ApplyPlanReply.self)
        #expect(again.written == 0 && again.kept == 1)

        _ = try await Self.call(client, "SetPhase", SetPhaseParameters(
            commune: "10144", model: "family", phase: "studyingCriteria", effectiveOn: "2024-01-10"), as: SetPhaseReply.self)
        let moved = try await Self.call(client, "SetPhase", SetPhaseParameters(
            commune: "10144", model: "family", phase: "pilot", effectiveOn: "2024-09-01",
            note: "Thí điểm ở thôn Đại Định".decomposedStringWithCanonicalMapping), as: SetPhaseReply.self)
        #expect(moved.transition.from == "studyingCriteria" && moved.transition.phase == "pilot")
        #expect(moved.transition.madeBy == getuid() && !moved.transition.sample)
        #expect(moved.transition.note.map { Array($0.utf8) } == Array("Thí điểm ở thôn Đại Định".precomposedStringWithCanonicalMapping.utf8))

        // On 2024-10-01, before the merge: the communes of that day, in Vietnamese order.
        let matrix = try await Self.call(client, "GetMatrix", GetMatrixParameters(model: "family", asOf: "2024-10-01"), as: GetMatrixReply.self)
        #expect(matrix.models == ["family"])
        #expect(matrix.rows.map(\.commune.name) == ["Bích Hòa", "Cao Dương", "Thanh Thùy", "Xuân Dương"])
        let bichHoa = try #require(matrix.rows.first?.cells.first)
        #expect(bichHoa.phase == "notStarted" && bichHoa.next?.phase == "pilot" && bichHoa.late && bichHoa.daysLate == 93)
        let thanhThuy = try #require(matrix.rows[2].cells.first)
        #expect(thanhThuy.phase == "pilot" && thanhThuy.since == "2024-09-01" && thanhThuy.next?.phase == "pilotReview" && !thanhThuy.late)
        // Today: the merged communes are gone, Cao Xuân Dương is there; five models each.
        let today = try await Self.call(client, "GetMatrix", GetMatrixParameters(), as: GetMatrixReply.self)
        #expect(today.rows.map(\.commune.name) == ["Bích Hòa", "Cao Xuân Dương", "Thanh Thùy"])
        #expect(today.rows.allSatisfy { $0.cells.map(\.model) == ["citizen", "family", "clan", "community", "unit"] })

        let late = try await Self.call(client, "ListLate", ListLateParameters(model: "family", asOf: "2025-01-05"), as: ListLateReply.self)
        #expect(late.late.map(\.commune.name) == ["Bích Hòa", "Cao Xuân Dương", "Thanh Thùy"])
        #expect(late.late.map(\.state.daysLate) == [189, 189, 5])
        #expect(late.late.map { $0.state.next?.phase } == ["pilot", "pilot", "pilotReview"])

        // The merged commune keeps its history, readable, and says it can no longer change.
        let xuanDuong = try await Self.call(client, "GetTimeline", GetTimelineParameters(commune: "10177"), as: GetTimelineReply.self)
        #expect(xuanDuong.readOnly && xuanDuong.asOf == "2024-11-30")
        #expect(xuanDuong.commune.mergedInto == CommuneReference(code: "10174", name: "Cao Xuân Dương"))
        let community = try #require(xuanDuong.models.first { $0.model == "community" })
        #expect(community.transitions.map(\.phase) == ["studyingCriteria"] && community.state.phase == "studyingCriteria")
        // A code taken over names the old commune on a day it carried it.
        let caoDuong = try await Self.call(client, "GetTimeline", GetTimelineParameters(commune: "10174", model: "family", asOf: "2023-06-01"),
            as: GetTimelineReply.self)
        #expect(caoDuong.commune.name == "Cao Dương" && caoDuong.models.count == 1 && caoDuong.models[0].planned.isEmpty)
        let caoXuanDuong = try await Self.call(client, "GetTimeline", GetTimelineParameters(commune: "10174", model: "family"),
            as: GetTimelineReply.self)
        #expect(caoXuanDuong.commune.name == "Cao Xuân Dương" && !caoXuanDuong.readOnly && caoXuanDuong.models[0].planned.count == 3)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func wrongRequestsGetDeclaredErrorsNamingTheFieldAndChangeNothing() async throws {
        let (daemon, client) = try await Self.daemon()
        let cases: [(method: String, parameters: String, error: String, field: String)] = [
            ("GetMatrix", #"{"model": "school"}"#, "InvalidValue", "model"),
            ("GetMatrix", #"{"asOf": "2024-02-30"}"#, "InvalidValue", "asOf"),
            ("GetMatrix", #"{"area": "99999"}"#, "CommuneNotFound", "area"),
            ("ListLate", #"{"area": "10144", "asOf": "yesterday"}"#, "InvalidValue", "asOf"),
            ("GetTimeline", #"{"commune": "1014"}"#, "InvalidValue", "commune"),
            ("SetPhase", #"{"commune": "10144", "model": "citizen", "phase": "rollout"}"#, "InvalidValue", "phase"),
            ("SetPhase", #"{"commune": "10144", "model": "citizens", "phase": "pilot"}"#, "InvalidValue", "model"),
            ("SetPhase", #"{"commune": "10144", "model": "citizen", "phase": "pilot"}"#, "NoteRequired", "note"),
            ("SetPhase", #"{"commune": "10144", "model": "citizen", "phase": "studyingCriteria", "effectiveOn": "2999-01-01"}"#,
             "InvalidValue", "effectiveOn"),
            ("SetPhase", #"{"commune": "10177", "model": "community", "phase": "pilot"}"#, "CommuneReadOnly", "commune"),
            ("SetPhase", #"{"commune": "10999", "model": "community", "phase": "pilot"}"#, "CommuneNotFound", "commune"),
            ("ApplyPlan", #"{"model": "clan", "plan": []}"#, "InvalidValue", "plan"),
            ("ApplyPlan", #"{"model": "clan", "plan": [{"phase": "notStarted", "due": "2025-01-01"}]}"#, "InvalidValue", "plan[0].phase"),
            ("ApplyPlan", #"{"model": "clan", "plan": [{"phase": "pilot", "due": "2025-01-01"}, {"phase": "pilotReview", "due": "2024-01-01"}]}"#,
             "InvalidValue", "plan[1].due"),
            ("ApplyPlan", #"{"model": "clan", "plan": [{"phase": "pilot", "due": "2025-01-01"}, {"phase": "pilot", "due": "2025-02-01"}]}"#,
             "InvalidValue", "plan[1].phase"),
            ("ApplyPlan", #"{"area": "10177", "model": "clan", "plan": [{"phase": "pilot", "due": "2025-01-01"}]}"#, "CommuneReadOnly", "area"),
            ("SetPhaseDeadline", #"{"commune": "10144", "model": "clan", "phase": "pilot", "due": "1/1/2025"}"#, "InvalidValue", "due"),
            ("SetPhaseDeadline", #"{"commune": "10144", "model": "clan", "phase": "notStarted", "due": "2025-01-01"}"#, "InvalidValue", "phase"),
        ]
        for (method, parameters, name, field) in cases {
            let error = try await Self.error(client, method, json: parameters)
            #expect(error?.name == "vn.khuyenhoc.Rollout.\(name)", "\(method) \(parameters): \(String(describing: error))")
            #expect(error?.parameters["field"] == .string(field), "\(method) \(parameters): \(String(describing: error))")
        }
        let readOnly = try await Self.error(client, "SetPhase", json: #"{"commune": "10177", "model": "community", "phase": "pilot"}"#)
        #expect(readOnly?.parameters["mergedInto"] == .object(["code": .string("10174"), "name": .string("Cao Xuân Dương")]))
        #expect(readOnly?.parameters["mergedOn"] == .string("2024-12-01"))
        // Nothing of it was written.
        let matrix = try await Self.call(client, "GetMatrix", GetMatrixParameters(), as: GetMatrixReply.self)
        #expect(matrix.rows.allSatisfy { $0.cells.allSatisfy { $0.phase == "notStarted" && $0.next == nil } })
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func theSampleCarriesTheSeedsSituationLabelledAsSample() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()
        let seed = try await Self.call(client, "GetMatrix", GetMatrixParameters(asOf: "2022-10-05"), as: GetMatrixReply.self)
        #expect(seed.rows.count == 21)
        let rollingOut = seed.rows.filter { $0.cells[0].phase == "massRollout" }.map(\.commune.code).sorted()
        #expect(rollingOut == ["10114", "10135", "10144"])
        #expect(seed.rows.filter { $0.cells[0].phase == "studyingCriteria" }.count == 18)
        #expect(seed.rows.allSatisfy { $0.cells.dropFirst().allSatisfy { $0.phase == "studyingCriteria" && $0.next?.phase == "pilot" } })
        #expect(seed.rows.allSatisfy { $0.cells.allSatisfy { $0.sample && !$0.late } })
        // The day after the citizen pilots were due, the 18 others are late for them.
        let late = try await Self.call(client, "ListLate", ListLateParameters(model: "citizen", asOf: "2023-07-01"), as: ListLateReply.self)
        #expect(late.late.count == 18 && late.late.allSatisfy { $0.state.daysLate == 1 && $0.state.next?.sample == true })
        // Today Cao Xuân Dương is there, studying since its first day.
        let today = try await Self.call(client, "GetTimeline", GetTimelineParameters(commune: "10174"), as: GetTimelineReply.self)
        #expect(today.commune.name == "Cao Xuân Dương")
        #expect(today.models.allSatisfy { $0.transitions.map(\.effectiveOn) == ["2024-12-01"] && $0.transitions[0].sample })
        #expect(today.models[0].transitions[0].note?.hasPrefix("Dữ liệu mẫu") == true)
        await client.close()

        // The Python varlink client reads the matrix too.
        let output = try await ExternalCommand.run(
            "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Rollout.GetMatrix",
                        #"{"area": "10144", "asOf": "2022-10-05"}"#])
        #expect(output.status == 0, "\(output.stderr)")
        let reply = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let rows = reply?["rows"] as? [[String: Any]]
        #expect((rows?.first?["commune"] as? [String: Any])?["name"] as? String == "Thanh Thùy")
        #expect(((rows?.first?["cells"] as? [[String: Any]])?.first)?["phase"] as? String == "massRollout")
        #expect(try await daemon.stop() == 0)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayReadTheMatrixButNotChangeAPhase() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--socket-mode", "0666"])
        let frames = #"{"method":"vn.khuyenhoc.Rollout.GetMatrix","parameters":{"area":"10144"}}"# + "\0"
            + #"{"method":"vn.khuyenhoc.Rollout.SetPhase","parameters":{"commune":"10144","model":"family","phase":"pilot"}}"# + "\0"
            + #"{"method":"vn.khuyenhoc.Rollout.ApplyPlan","parameters":{"model":"family","plan":[{"phase":"pilot","due":"2030-01-01"}]}}"# + "\0"
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(daemon.socket)"],
            input: Data(frames.utf8))
        #expect(asNobody.status == 0, "\(asNobody.stderr)")
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 3, "\(asNobody.stdout) \(asNobody.stderr)")
        #expect(replies[0].contains("\"rows\""))
        #expect(replies[1] == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        #expect(replies[2] == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        // Nothing changed: Thanh Thùy's family model still studies the criteria.
        let client = try await daemon.client()
        let timeline = try await Self.call(client, "GetTimeline", GetTimelineParameters(commune: "10144", model: "family"), as: GetTimelineReply.self)
        #expect(timeline.models[0].transitions.count == 1 && timeline.models[0].planned.map(\.due) == ["2023-12-31", "2024-06-30", "2025-12-15"])
        await client.close()
        #expect(try await daemon.stop() == 0)
    }
}
