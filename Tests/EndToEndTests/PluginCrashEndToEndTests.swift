import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// A plugin that crashes the daemon is recorded, disabled at the next start while its file is the
/// same, loaded on probation once replaced, quarantined at its second crash in a row, and loaded
/// again when an administrator releases it; the other models serve throughout.
@Suite struct PluginCrashEndToEndTests {
    @Test func disabledThenProbationThenQuarantinedThenReleased() async throws {
        let rig = try CrashRig()
        try await rig.install()
        try await rig.start()
        #expect(try await rig.evaluate() == nil)

        #expect(try await rig.crash("segv") == SIGSEGV)
        #expect(rig.daemon.log().contains("khuyenhocd: plugin crashy crashed with SIGSEGV while evaluating; it stays disabled at the next start"))
        try await rig.restart()
        var crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .failed)
        #expect(crashy.crash?.signal == "SIGSEGV")
        #expect(crashy.crash?.during == "evaluating")
        #expect(crashy.crash?.inARow == 1)
        #expect(crashy.crash?.quarantined == false)
        #expect(crashy.error?.contains("disabled until the plugin file is replaced or an administrator runs `khuyenhoc models release crashy`") == true)
        #expect(try await rig.evaluate() == "vn.khuyenhoc.Evaluation.ModelNotFound")
        #expect(try await rig.evaluate("citizen", facts: CitizenFacts.farmers(9)) == nil)
        let client = try await rig.daemon.client()
        let status: ServiceStatus = try await client.call("vn.khuyenhoc.Service.GetStatus")
        #expect(status.plugins == PluginCounts(loaded: 1, failed: 1))
        await client.close()

        // SIGHUP with the same file: still disabled.
        try await rig.reload { $0?.state == .loaded }
        #expect(try await rig.models()["crashy"]?.state == .failed)
        // Replaced: loaded on probation at the next reload.
        try await rig.install()
        try await rig.reload { $0?.state == .loaded }
        crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .loaded)
        #expect(crashy.crash?.inARow == 1)

        // A crash on probation: quarantined, even once the file is replaced again.
        #expect(try await rig.crash("abort") == SIGABRT)
        try await rig.restart()
        crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .failed)
        #expect(crashy.crash?.quarantined == true)
        #expect(crashy.crash?.inARow == 2)
        #expect(crashy.crash?.signal == "SIGABRT")
        try await rig.install()
        try await rig.daemon.stop()
        try await rig.restart()
        #expect(try await rig.models()["crashy"]?.state == .failed)
        #expect(try await rig.models()["crashy"]?.crash?.quarantined == true)

        let listed = try await CLITests.khuyenhoc(["models", "--socket", rig.daemon.socket], environment: CLITests.vietnamese)
        #expect(listed.stdout.contains("ĐÃ CÁCH LY"), "\(listed.stdout) \(listed.stderr)")
        let json = try await CLITests.khuyenhoc(["models", "--json", "--socket", rig.daemon.socket])
        #expect(json.stdout.contains("\"quarantined\" : true") || json.stdout.contains("\"quarantined\": true"), "\(json.stdout)")
        let released = try await CLITests.khuyenhoc(["models", "release", "crashy", "--socket", rig.daemon.socket])
        #expect(released.status == 0, "\(released.stderr)")
        #expect(released.stdout.contains("Released crashy"), "\(released.stdout)")
        crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .loaded)
        #expect(crashy.crash == nil)
        #expect(try await rig.evaluate() == nil)

        let owner = try await rig.daemon.client()
        let again = try await owner.send("vn.khuyenhoc.Models.ReleaseModel", parameters: .value(ReleaseModelParameters(model: "crashy")))
        #expect(again.error == "vn.khuyenhoc.Models.ModelNotDisabled")
        let unknown = try await owner.send("vn.khuyenhoc.Models.ReleaseModel", parameters: .value(ReleaseModelParameters(model: "nosuch")))
        #expect(unknown.error == "vn.khuyenhoc.Models.ModelNotFound")
        await owner.close()
        #expect(try await rig.daemon.stop() == 0)
    }

    @Test func aSuccessOnProbationClearsTheCount() async throws {
        let rig = try CrashRig()
        try await rig.install()
        try await rig.start()
        #expect(try await rig.crash("trap") != nil)
        try await rig.install()
        try await rig.restart()
        #expect(try await rig.models()["crashy"]?.crash?.inARow == 1)
        #expect(try await rig.evaluate() == nil)
        #expect(try await rig.models()["crashy"]?.crash == nil)
        // The history on disk is cleared too (written off the evaluation's path: wait for it).
        let health = rig.daemon.stateDirectory + "/plugin-health.json"
        var cleared = false
        for _ in 0..<250 where !cleared {
            cleared = (try? String(contentsOfFile: health, encoding: .utf8))?.contains("crashy") == false
            if !cleared { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(cleared)
        // A crash after it is a first crash again: disabled, not quarantined.
        #expect(try await rig.crash("segv") == SIGSEGV)
        try await rig.restart()
        let crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .failed)
        #expect(crashy.crash?.inARow == 1)
        #expect(crashy.crash?.quarantined == false)
        try await rig.daemon.stop()
    }

    /// A stack overflow (the handler runs on the thread's alternate stack), and a crash on a
    /// thread the plugin started itself (attributed by the crashing instruction's address).
    @Test(arguments: [("stack", "evaluating"), ("thread", "running")])
    func aCrashIsAttributed(how: String, during: String) async throws {
        let rig = try CrashRig()
        try await rig.install()
        try await rig.start()
        #expect(try await rig.crash(how) == SIGSEGV)
        try await rig.restart()
        let crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .failed)
        #expect(crashy.crash?.signal == "SIGSEGV")
        #expect(crashy.crash?.during == during)
        try await rig.daemon.stop()
    }

    @Test(arguments: ["describing", "configuring"])
    func aCrashAtStartIsNoCrashLoop(during: String) async throws {
        let rig = try CrashRig()
        try await rig.install(describeCrashes: during == "describing", configureCrashes: during == "configuring")
        await #expect(throws: DaemonProcessError.self) { try await rig.start() }
        _ = try await rig.daemon.waitForExit()
        #expect(rig.daemon.process.terminationReason == .uncaughtSignal)
        try await rig.restart()
        let models = try await rig.models()
        #expect(models["crashy"]?.state == .failed)
        #expect(models["crashy"]?.crash?.during == during)
        #expect(models["citizen"]?.state == .loaded)
        try await rig.daemon.stop()
    }

    /// A signal from outside while the plugin works is not the plugin's doing: SIGKILL cannot be
    /// caught, and a SIGSEGV sent with kill(2) (not a fault) gets its default action. The daemon
    /// dies by it, no crash is recorded, and the plugin loads at the next start.
    @Test(arguments: [SIGKILL, SIGSEGV])
    func aSignalFromOutsideDuringAnEvaluationIsNotBlamedOnThePlugin(signal: Int32) async throws {
        let rig = try CrashRig()
        try await rig.install()
        try await rig.start()
        let client = try await rig.daemon.client()
        let slow = Task {
            try? await client.send(
                "vn.khuyenhoc.Evaluation.Evaluate",
                parameters: .value(EvaluateParameters(model: "crashy", facts: .object(["crash": .string("sleep")]))))
        }
        try await Task.sleep(for: .milliseconds(800))
        kill(rig.daemon.process.processIdentifier, signal)
        _ = await slow.value
        await client.close()
        let status = try await rig.daemon.waitForExit()
        #expect(rig.daemon.process.terminationReason == .uncaughtSignal && status == signal)
        let record = try Data(contentsOf: URL(fileURLWithPath: rig.daemon.stateDirectory + "/plugin-crash"))
        #expect(record.isEmpty)
        #expect(!rig.daemon.log().contains("plugin crashy crashed"))
        try await rig.restart()
        let crashy = try #require(try await rig.models()["crashy"])
        #expect(crashy.state == .loaded)
        #expect(crashy.crash == nil)
        #expect(try await rig.evaluate() == nil)
        try await rig.daemon.stop()
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func releaseIsRefusedToAnotherUser() async throws {
        let rig = try CrashRig()
        try await rig.install()
        try await rig.daemon.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        #expect(try await rig.crash("segv") == SIGSEGV)
        let next = try DaemonProcess(plugins: [])
        next.stateDirectory = rig.daemon.stateDirectory
        next.pluginDirectory = rig.daemon.pluginDirectory
        try await next.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        let frame = #"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"crashy"}}"# + "\0"
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(next.socket)"],
            input: Data(frame.utf8))
        #expect(asNobody.stdout.split(separator: "\0").first.map(String.init) == #"{"error":"org.varlink.service.PermissionDenied"}"#)
        let client = try await next.client()
        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(reply.models.first { $0.id == "crashy" }?.state == .failed)
        await client.close()
        try await next.stop()
    }

    /// A batch on the roll-up's own thread (EvaluateArea): the crash is the plugin's there too.
    @Test func aCrashOnTheRollUpThreadIsAttributed() async throws {
        let build = try TemporaryDirectory()
        let library = try await CTestPlugin.buildCrashing("citizen", batchCrashes: true, in: build.url)
        let daemon = try DaemonProcess(plugins: [library])
        try await daemon.start(arguments: ["--no-sample"])
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        try await registry.addCommune("10144", "Thanh Thùy")
        let village = try await registry.addCommunity("10144", "Thôn Đông")
        let household = try await registry.addHousehold(village.id, "H1")
        let person = try await registry.addPerson(household.id, "P1")
        let put = try await RollUpEndToEndTests.put(client, "citizen", person.id, CitizenFacts.farmers(8))
        #expect(put.error == nil)
        let area = try? await client.send(
            "vn.khuyenhoc.Evaluation.EvaluateArea", parameters: .value(EvaluateAreaParameters(area: "10144", year: 2024)))
        #expect(area == nil)
        await client.close()
        #expect(try await daemon.waitForExit() == SIGSEGV)
        #expect(daemon.process.terminationReason == .uncaughtSignal)

        let again = try DaemonProcess(plugins: [])
        again.stateDirectory = daemon.stateDirectory
        again.pluginDirectory = daemon.pluginDirectory
        try await again.start(arguments: ["--no-sample"])
        let reader = try await again.client()
        let reply: ListModelsReply = try await reader.call("vn.khuyenhoc.Models.ListModels")
        let citizen = try #require(reply.models.first { $0.id == "citizen" })
        #expect(citizen.state == .failed)
        #expect(citizen.crash?.during == "evaluating")
        #expect(citizen.crash?.signal == "SIGSEGV")
        // The person and the evidence put before the crash are still there.
        let frame = #"{"method":"vn.khuyenhoc.Registry.GetEvidence","parameters":{"model":"citizen","subjectId":\#(person.id),"year":2024}}"#
        let evidence = try await reader.send(frame: Data(frame.utf8) + Data([0]))
        #expect(evidence.error == nil)
        await reader.close()
        try await again.stop()
    }

    /// The first-start helper that evaluates a new sample district loads the plugins too: a crash
    /// there ends the helper only, and is recorded in the daemon's state folder for its next start.
    @Test func aCrashInTheFirstStartHelperIsRecordedForTheNextStart() async throws {
        let build = try TemporaryDirectory()
        let library = try await CTestPlugin.buildCrashing("citizen", batchCrashes: true, in: build.url)
        let daemon = try DaemonProcess(plugins: [library])
        try await daemon.start()
        let record = daemon.stateDirectory + "/plugin-crash"
        var recorded = false
        for _ in 0..<3000 where !recorded {
            recorded = ((try? FileManager.default.attributesOfItem(atPath: record))?[.size] as? Int ?? 0) > 0
            if !recorded { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(recorded)
        // The daemon itself serves on; the helper's crash counts at its next start.
        let client = try await daemon.client()
        let before: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(before.models.first?.state == .loaded)
        await client.close()
        #expect(try await daemon.stop() == 0)

        let again = try DaemonProcess(plugins: [])
        again.stateDirectory = daemon.stateDirectory
        again.pluginDirectory = daemon.pluginDirectory
        try await again.start()
        let reader = try await again.client()
        let after: ListModelsReply = try await reader.call("vn.khuyenhoc.Models.ListModels")
        #expect(after.models.first?.state == .failed)
        #expect(after.models.first?.crash?.signal == "SIGSEGV")
        await reader.close()
        try await again.stop()
        #expect(((try? FileManager.default.attributesOfItem(atPath: record))?[.size] as? Int) == 0, "the record is cleared once merged")
    }
}
