import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// Rubric files against the real daemon and citizen plugin: an official file replaces the
/// built-in rubric without a rebuild, versions apply by year, bad files are reported while the
/// previous rubric serves, and SIGHUP or Reload picks up every change.
@Suite struct RubricFilesEndToEndTests {
    /// The official citizen form with its own wording and, unless told, a threshold of 70.
    static func official(threshold: Double = 70) -> String {
        CitizenRubricFile.text { rubric in
            rubric["basis"] = CitizenRubricFile.officialBasis
            rubric["recognition"] = ["minimumTotal": threshold, "indicatorFloor": 5]
            var variants = rubric["variants"] as! [[String: Any]]
            variants[0]["title"] = "Farmers and rural workers (official form)"
            variants[0]["titleVi"] = "Nông dân, lao động nông thôn (mẫu chính thức)"
            rubric["variants"] = variants
            CitizenRubricFile.firstIndicator(&rubric) { indicator in
                indicator["titleVi"] = "Xây dựng và thực hiện kế hoạch tự học hằng năm"
            }
        }
    }

    /// A citizen rubric that applies from 2027, with a threshold of 90.
    static let from2027 = CitizenRubricFile.text { rubric in
        rubric["version"] = "2027"
        rubric["appliesFrom"] = 2027
        rubric["basis"] = CitizenRubricFile.officialBasis
        rubric["recognition"] = ["minimumTotal": 90, "indicatorFloor": 5]
    }

    static func evaluate(
        _ client: VarlinkClient, points: Double, overriding changes: [String: Double] = [:], year: Int? = nil,
        rubricVersion: String? = nil
    ) async throws -> EvaluationResult {
        let reply: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate",
            EvaluateParameters(
                model: "citizen", facts: CitizenFacts.farmers(points, overriding: changes), year: year, rubricVersion: rubricVersion))
        return reply.result
    }

    static func farmersRubric(_ client: VarlinkClient, version: String? = nil, year: Int? = nil) async throws -> Rubric {
        let reply: GetRubricReply = try await client.call(
            "vn.khuyenhoc.Models.GetRubric", GetRubricParameters(model: "citizen", variant: "farmers", version: version, year: year))
        return reply.rubric
    }

    static func files(_ client: VarlinkClient) async throws -> ListRubricFilesReply {
        try await client.call("vn.khuyenhoc.Models.ListRubricFiles")
    }

    /// Polls `ListRubricFiles` until `done` holds: SIGHUP is handled while the test goes on.
    static func waitForFiles(
        _ client: VarlinkClient, _ done: (ListRubricFilesReply) -> Bool
    ) async throws -> ListRubricFilesReply {
        let deadline = ContinuousClock.now + .seconds(20)
        while true {
            let reply = try await files(client)
            if done(reply) || ContinuousClock.now > deadline { return reply }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test func anOfficialFileReplacesTheBuiltInRubric() async throws {
        let daemon = try DaemonProcess()
        try CitizenRubricFile.write(Self.official(), as: "citizen.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()

        let status: ServiceStatus = try await client.call("vn.khuyenhoc.Service.GetStatus")
        #expect(status.rubricDirectory == daemon.rubricDirectory)
        let list = try await Self.files(client)
        #expect(list.directory == daemon.rubricDirectory)
        #expect(list.files == [RubricFile(
            file: "citizen.json", model: "citizen", status: .loaded, version: "2022.1", keptPrevious: false,
            replaces: ["2022.1"], problems: [])])

        let models: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        let citizen = try #require(models.models.first)
        #expect(citizen.rubricVersion == "2022.1")
        #expect(citizen.basis?.status == .official)
        #expect(citizen.basis?.decision == "242/QĐ-KHVN")
        #expect(citizen.rubrics.map(\.origin) == ["citizen.json"])
        #expect(citizen.rubrics.first?.active == true)
        #expect(citizen.variants.first?.titleVi == "Nông dân, lao động nông thôn (mẫu chính thức)")

        let rubric = try await Self.farmersRubric(client)
        #expect(rubric.origin == "citizen.json")
        #expect(rubric.recognition.minimumTotal == 70)
        #expect(rubric.basis.status == .official)
        #expect(rubric.basis.source.hasPrefix("Quyết định 242/QĐ-KHVN"))
        #expect(rubric.indicators.first?.titleVi == "Xây dựng và thực hiện kế hoạch tự học hằng năm")

        let atThreshold = try await Self.evaluate(client, points: 7)
        #expect(atThreshold.recognized && atThreshold.total == 70 && atThreshold.threshold == 70)
        let under = try await Self.evaluate(client, points: 7, overriding: ["sl1": 6])
        #expect(!under.recognized && under.total == 69)
        #expect(under.reasons.map(\.code) == ["belowThreshold"])
        await client.close()
        #expect(try await daemon.stop() == 0)
        let log = daemon.log()
        #expect(log.contains("rubric file loaded"), "\(log)")
        #expect(log.contains("file=citizen.json"))
    }

    @Test func aNewVersionAppliesFromItsYearAndANamedVersionWinsOverTheYear() async throws {
        let daemon = try DaemonProcess()
        try CitizenRubricFile.write(Self.from2027, as: "citizen-2027.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()

        let models: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        let summaries = try #require(models.models.first).rubrics
        #expect(summaries.map(\.version) == ["2022.1", "2027"])
        #expect(summaries.map(\.origin) == ["built-in", "citizen-2027.json"])
        #expect(summaries.map(\.appliesFrom) == [nil, 2027])
        #expect(try await Self.files(client).files.first?.replaces == [])
        // A rubric for a later year is not the active one before its year comes.
        let activeNow = RubricSelection.currentYear() >= 2027 ? "2027" : "2022.1"
        #expect(summaries.first { $0.active }?.version == activeNow)
        #expect(try await Self.evaluate(client, points: 8).rubricVersion == activeNow)

        // 80 points: enough under the built-in rubric (80), not under the 2027 one (90).
        let in2026 = try await Self.evaluate(client, points: 8, year: 2026)
        #expect(in2026.rubricVersion == "2022.1" && in2026.recognized)
        let in2027 = try await Self.evaluate(client, points: 8, year: 2027)
        #expect(in2027.rubricVersion == "2027" && !in2027.recognized && in2027.threshold == 90)
        let named = try await Self.evaluate(client, points: 8, year: 2027, rubricVersion: "2022.1")
        #expect(named.rubricVersion == "2022.1" && named.recognized && named.year == 2027)

        let unknown = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate",
            parameters: .value(EvaluateParameters(model: "citizen", facts: CitizenFacts.farmers(8), rubricVersion: "1999")))
        let error = try #require(unknown.asError())
        #expect(error.name == "vn.khuyenhoc.Evaluation.RubricNotFound")
        #expect(error.parameters["version"] == .string("1999"))
        #expect(error.parameters["known"] == .array([.string("2022.1 (all years)"), .string("2027 (2027–)")]))
        await client.close()
        try await daemon.stop()
    }

    @Test func getRubricByVersionAndByYearOrRubricNotFound() async throws {
        let daemon = try DaemonProcess()
        // The built-in edition re-issued as applying from 2022: it replaces the built-in one
        // (same version), so no rubric covers 2021.
        try CitizenRubricFile.write(
            CitizenRubricFile.text { $0["appliesFrom"] = 2022 }, as: "citizen-2022.json", in: daemon.rubricDirectory)
        try CitizenRubricFile.write(Self.from2027, as: "citizen-2027.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()

        // The active rubric is the one for the current year, not a later one prepared ahead.
        let active = try await Self.farmersRubric(client)
        #expect(active.version == (RubricSelection.currentYear() >= 2027 ? "2027" : "2022.1"))
        let byVersion = try await Self.farmersRubric(client, version: "2022.1")
        #expect(byVersion.version == "2022.1" && byVersion.appliesFrom == 2022 && byVersion.origin == "citizen-2022.json")
        #expect(byVersion.recognition.minimumTotal == 80)
        let byYear = try await Self.farmersRubric(client, year: 2026)
        #expect(byYear.version == "2022.1")
        let byLaterYear = try await Self.farmersRubric(client, year: 2030)
        #expect(byLaterYear.version == "2027" && byLaterYear.appliesFrom == 2027 && byLaterYear.recognition.minimumTotal == 90)
        let versionBeatsYear = try await Self.farmersRubric(client, version: "2027", year: 2023)
        #expect(versionBeatsYear.version == "2027")

        let cases: [(GetRubricParameters, JSONValue, JSONValue)] = [
            (GetRubricParameters(model: "citizen", variant: "farmers", version: "2015"), .string("2015"), .null),
            (GetRubricParameters(model: "citizen", variant: "farmers", year: 2021), .null, .number(2021)),
        ]
        for (parameters, version, year) in cases {
            let reply = try await client.send("vn.khuyenhoc.Models.GetRubric", parameters: .value(parameters))
            let error = try #require(reply.asError())
            #expect(error.name == "vn.khuyenhoc.Models.RubricNotFound")
            #expect(error.parameters["model"] == .string("citizen"))
            #expect(error.parameters["version"] ?? .null == version)
            #expect(error.parameters["year"] ?? .null == year)
            #expect(error.parameters["known"] == .array([.string("2022.1 (2022–)"), .string("2027 (2027–)")]))
        }
        let noYear = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate",
            parameters: .value(EvaluateParameters(model: "citizen", facts: CitizenFacts.farmers(8), year: 2021)))
        #expect(noYear.asError()?.name == "vn.khuyenhoc.Evaluation.RubricNotFound")
        let unknownModel = try await client.send(
            "vn.khuyenhoc.Models.GetRubric", parameters: .value(GetRubricParameters(model: "dragon", version: "2022.1")))
        #expect(unknownModel.asError()?.name == "vn.khuyenhoc.Models.ModelNotFound")
        await client.close()
        try await daemon.stop()
    }

    /// Each invalid file, and the problem it must be reported with.
    static let invalidFiles: [(file: String, text: String, field: String, reason: String)] = [
        ("not-json.json", #"{"model": "citizen", "version": "2023""#, "(file)", "not valid JSON"),
        ("unknown-key.json", CitizenRubricFile.text { $0["colour"] = "red" }, "colour", "unknown key"),
        ("floor-above-max.json",
         CitizenRubricFile.text { CitizenRubricFile.firstIndicator(&$0) { $0["floor"] = 12 } },
         "variants[0].criteria[0].indicators[0].floor", "12 is outside 0…10"),
        ("gate-on-points.json",
         CitizenRubricFile.text { CitizenRubricFile.firstIndicator(&$0) { $0["gate"] = true } },
         "variants[0].criteria[0].indicators[0].gate", "only a met/not-met indicator can be a gate"),
        ("thresholds-short.json",
         CitizenRubricFile.text {
             CitizenRubricFile.firstIndicator(&$0) { indicator in
                 indicator["kind"] = "share"
                 indicator["thresholds"] = [["atLeast": 50, "points": 5], ["atLeast": 80, "points": 8]]
             }
         },
         "variants[0].criteria[0].indicators[0].thresholds", "no threshold earns the indicator's 10 points"),
        ("unknown-measure.json",
         CitizenRubricFile.text {
             CitizenRubricFile.firstIndicator(&$0) { indicator in
                 indicator["kind"] = "share"
                 indicator["thresholds"] = [["atLeast": 100, "points": 10]]
                 indicator["measure"] = "childrenInSchool"
             }
         },
         "variants[0].criteria[0].indicators[0].measure", "the citizen model has no measure \"childrenInSchool\""),
        ("no-plugin.json", CitizenRubricFile.text { $0["model"] = "family" }, "model", "no plugin serves model \"family\""),
        ("no-basis.json", CitizenRubricFile.text { $0["basis"] = nil }, "basis", "missing"),
    ]

    @Test func everyKindOfInvalidFileIsReportedWhileThePreviousRubricServes() async throws {
        let daemon = try DaemonProcess()
        for invalid in Self.invalidFiles {
            try CitizenRubricFile.write(invalid.text, as: invalid.file, in: daemon.rubricDirectory)
        }
        try await daemon.start()
        let client = try await daemon.client()

        let list = try await Self.files(client)
        #expect(list.files.map(\.file) == Self.invalidFiles.map(\.file).sorted())
        for invalid in Self.invalidFiles {
            let report = try #require(list.files.first { $0.file == invalid.file })
            #expect(report.status == .rejected, "\(invalid.file)")
            #expect(report.version == nil && !report.keptPrevious, "\(invalid.file)")
            let problem = try #require(report.problems.first { $0.field == invalid.field }, "\(invalid.file): \(report.problems)")
            #expect(problem.reason.contains(invalid.reason), "\(invalid.file): \(problem.reason)")
        }
        #expect(list.files.first { $0.file == "no-plugin.json" }?.model == "family")
        #expect(list.files.first { $0.file == "not-json.json" }?.model == nil)

        // The built-in rubric serves on.
        let models: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(models.models.first?.rubrics.map(\.origin) == ["built-in"])
        #expect(try await Self.farmersRubric(client).recognition.minimumTotal == 80)
        #expect(try await Self.evaluate(client, points: 8).recognized)
        await client.close()
        #expect(try await daemon.stop() == 0)

        let log = daemon.log()
        for invalid in Self.invalidFiles {
            let line = log.split(separator: "\n").first { $0.contains("rubric file rejected") && $0.contains("file=\(invalid.file)") }
            #expect(line?.contains("field=\(invalid.field)") == true, "\(invalid.file): \(line ?? "no log line")")
            #expect(line?.contains("reason=") == true)
        }
    }

    @Test func sighupPutsAnEditInForceKeepsItThroughABreakAndDropsItWhenDeleted() async throws {
        let daemon = try DaemonProcess()
        try CitizenRubricFile.write(Self.official(), as: "citizen.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()
        #expect(try await Self.evaluate(client, points: 7).recognized)

        // Edited: 75 points from now on.
        try CitizenRubricFile.write(Self.official(threshold: 75), as: "citizen.json", in: daemon.rubricDirectory)
        kill(daemon.process.processIdentifier, SIGHUP)
        let deadline = ContinuousClock.now + .seconds(20)
        while try await Self.farmersRubric(client).recognition.minimumTotal != 75, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try await Self.farmersRubric(client).recognition.minimumTotal == 75)
        #expect(try await !Self.evaluate(client, points: 7).recognized)
        #expect(try await Self.evaluate(client, points: 7.5).recognized)

        // Broken: rejected, and the edited version keeps serving.
        try CitizenRubricFile.write(
            CitizenRubricFile.text { CitizenRubricFile.firstIndicator(&$0) { $0["floor"] = 12 } },
            as: "citizen.json", in: daemon.rubricDirectory)
        kill(daemon.process.processIdentifier, SIGHUP)
        let broken = try await Self.waitForFiles(client) { $0.files.first?.status == .rejected }
        let report = try #require(broken.files.first)
        #expect(report.status == .rejected && report.keptPrevious && report.version == "2022.1")
        #expect(report.problems.map(\.field) == (0..<3).map { "variants[\($0)].criteria[0].indicators[0].floor" })
        let kept = try await Self.farmersRubric(client)
        #expect(kept.recognition.minimumTotal == 75 && kept.origin == "citizen.json")
        #expect(try await Self.evaluate(client, points: 7.5).recognized)

        // Deleted: the built-in rubric is back. Reload answers once the reload is done.
        try FileManager.default.removeItem(atPath: "\(daemon.rubricDirectory)/citizen.json")
        let _: ReloadReply = try await client.call("vn.khuyenhoc.Service.Reload")
        #expect(try await Self.files(client).files.isEmpty)
        let builtIn = try await Self.farmersRubric(client)
        #expect(builtIn.origin == "built-in" && builtIn.recognition.minimumTotal == 80 && builtIn.basis.status == .provisional)
        #expect(try await !Self.evaluate(client, points: 7.5).recognized)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func checkRubricJudgesATextAndPutsNothingInForce() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let client = try await daemon.client()

        let good: CheckRubricReply = try await client.call(
            "vn.khuyenhoc.Models.CheckRubric", CheckRubricParameters(text: Self.from2027, file: "mine.json"))
        #expect(good.verdict == RubricFileVerdict(
            file: "mine.json", status: .loaded, version: "2027", keptPrevious: false, replaces: [], problems: []))
        let models: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(models.models.first?.rubrics.map(\.version) == ["2022.1"])
        #expect(try await Self.files(client).files.isEmpty)

        let cases: [(String, String, String)] = [
            (Self.invalidFiles[3].text, "variants[0].criteria[0].indicators[0].gate", "only a met/not-met indicator can be a gate"),
            ("{\"model\": \"citizen\"", "(file)", "not valid JSON"),
            (#"{"version": "2023"}"#, "model", "missing"),
        ]
        for (text, field, reason) in cases {
            let bad: CheckRubricReply = try await client.call("vn.khuyenhoc.Models.CheckRubric", CheckRubricParameters(text: text))
            #expect(bad.verdict.status == .rejected)
            #expect(bad.verdict.file == "(text)")
            let problem = try #require(bad.verdict.problems.first { $0.field == field }, "\(bad.verdict.problems)")
            #expect(problem.reason.contains(reason), "\(problem.reason)")
        }
        let noPlugin = try await client.send(
            "vn.khuyenhoc.Models.CheckRubric",
            parameters: .value(CheckRubricParameters(text: Self.invalidFiles[6].text, file: "family.json")))
        let error = try #require(noPlugin.asError())
        #expect(error.name == "vn.khuyenhoc.Models.ModelNotFound")
        #expect(error.parameters["model"] == .string("family"))
        await client.close()
        try await daemon.stop()
    }

    @Test func thePythonClientGetsARubricFromAFile() async throws {
        let daemon = try DaemonProcess()
        try CitizenRubricFile.write(Self.official(), as: "citizen.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let call = try await ExternalCommand.run(
            "python3",
            ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Models.GetRubric", #"{"model":"citizen","variant":"farmers"}"#])
        #expect(call.status == 0, "\(call.stderr)")
        let reply = try JSONDecoder().decode(GetRubricReply.self, from: Data(call.stdout.utf8))
        #expect(reply.rubric.origin == "citizen.json")
        #expect(reply.rubric.recognition.minimumTotal == 70)
        #expect(reply.rubric.basis.status == .official)
        #expect(reply.rubric.indicators.allSatisfy { $0.kind == .points && !$0.gate })

        let files = try await ExternalCommand.run(
            "python3", ["-m", "varlink.cli", "call", "unix:\(daemon.socket)/vn.khuyenhoc.Models.ListRubricFiles", "{}"])
        #expect(files.status == 0, "\(files.stderr)")
        #expect(try JSONDecoder().decode(ListRubricFilesReply.self, from: Data(files.stdout.utf8)).files.map(\.status) == [.loaded])
        try await daemon.stop()
    }

    @Test func theFolderDefaultsToRubricsBesideTheConfigFileAndTheConfigFileCanMoveIt() async throws {
        let daemon = try DaemonProcess()
        daemon.passesRubricDirectory = false
        let configHome = daemon.folder.path("config")
        let besideConfig = "\(configHome)/khuyenhoc/rubrics"
        try FileManager.default.createDirectory(atPath: besideConfig, withIntermediateDirectories: true)
        try CitizenRubricFile.write(Self.official(), as: "citizen.json", in: besideConfig)
        try await daemon.start(environment: ["XDG_CONFIG_HOME": configHome])
        let client = try await daemon.client()
        let status: ServiceStatus = try await client.call("vn.khuyenhoc.Service.GetStatus")
        #expect(status.rubricDirectory == besideConfig)
        #expect(try await Self.files(client).files.map(\.file) == ["citizen.json"])
        await client.close()
        try await daemon.stop()

        let configured = try DaemonProcess()
        configured.passesRubricDirectory = false
        let config = configured.folder.path("khuyenhocd.json")
        let elsewhere = configured.folder.path("official rubrics")
        try #"{"rubricDirectory": "\#(elsewhere)"}"#.write(toFile: config, atomically: true, encoding: .utf8)
        try await configured.start(arguments: ["--config", config], environment: ["XDG_CONFIG_HOME": configHome])
        let other = try await configured.client()
        let moved: ServiceStatus = try await other.call("vn.khuyenhoc.Service.GetStatus")
        #expect(moved.rubricDirectory == elsewhere)
        // The folder does not exist: no files, and the built-in rubric serves.
        #expect(try await Self.files(other).files.isEmpty)
        #expect(try await Self.farmersRubric(other).origin == "built-in")
        await other.close()
        try await configured.stop()
    }

    @Test func aPluginThatCannotTakeRubricFilesHasThemRejectedAndServesOn() async throws {
        let build = try TemporaryDirectory()
        let broody = try await CTestPlugin.build(
            "broody", title: "Broody", configureAnswer: #"{"reason":"rubric files are not supported"}"#,
            configureStatus: "KHUYENHOC_STATUS_INTERNAL_ERROR", in: build.url)
        let daemon = try DaemonProcess(plugins: [BuildProducts.citizenPlugin, broody])
        try CitizenRubricFile.write(#"{"model": "broody", "version": "2"}"#, as: "broody.json", in: daemon.rubricDirectory)
        try CitizenRubricFile.write(Self.official(), as: "citizen.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()

        let list = try await Self.files(client)
        #expect(list.files.map(\.file) == ["broody.json", "citizen.json"])
        #expect(list.files.first == RubricFile.rejected("broody.json", model: "broody", [
            RubricProblem(field: "(file)", reason: "the broody plugin could not check it: rubric files are not supported"),
        ]))
        #expect(list.files.last?.status == .loaded)
        let models: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(models.models.map(\.state) == [.loaded, .loaded])

        let check = try await client.send(
            "vn.khuyenhoc.Models.CheckRubric", parameters: .value(CheckRubricParameters(text: #"{"model": "broody"}"#)))
        let error = try #require(check.asError())
        #expect(error.name == "vn.khuyenhoc.Models.PluginFailed")
        #expect(error.parameters["reason"] == .string("rubric files are not supported"))
        await client.close()
        #expect(try await daemon.stop() == 0)
        #expect(daemon.log().contains("plugin could not take its rubric files"))
    }
}
