import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// A daemon with the real citizen plugin and the crashing test plugin `crashy`, started again on
/// the same folders after each death, as the unit's `Restart=on-failure` would.
final class CrashRig: @unchecked Sendable {
    let build: TemporaryDirectory
    private(set) var daemon: DaemonProcess
    /// Every daemon started; kept, for their folders go with them.
    private var earlier: [DaemonProcess] = []
    private var builds = 0

    init() throws {
        build = try TemporaryDirectory()
        daemon = try DaemonProcess(plugins: [BuildProducts.citizenPlugin])
    }

    var pluginFile: String { daemon.pluginDirectory + "/libKhuyenHocCrashy.so" }

    /// Builds another variant of the plugin and moves it over the installed one: a new inode.
    func install(describeCrashes: Bool = false, configureCrashes: Bool = false) async throws {
        builds += 1
        let library = try await CTestPlugin.buildCrashing(
            "crashy", describeCrashes: describeCrashes, configureCrashes: configureCrashes, variant: builds,
            in: build.url.appendingPathComponent("v\(builds)"))
        try #require(rename(library.path, pluginFile) == 0)
    }

    func start() async throws {
        try await daemon.start(arguments: ["--no-sample"])
    }

    /// A new daemon on the same state and plugin folders.
    func restart() async throws {
        let next = try DaemonProcess(plugins: [])
        next.stateDirectory = daemon.stateDirectory
        next.pluginDirectory = daemon.pluginDirectory
        earlier.append(daemon)
        daemon = next
        try await start()
    }

    /// Asks `crashy` to crash with `how` and returns the signal the daemon died by (nil if it lived).
    func crash(_ how: String) async throws -> Int32? {
        let client = try await daemon.client()
        let reply = try? await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate",
            parameters: .value(EvaluateParameters(model: "crashy", facts: .object(["crash": .string(how)]))))
        await client.close()
        if reply != nil, daemon.process.isRunning { return nil }
        let status = try await daemon.waitForExit()
        return daemon.process.terminationReason == .uncaughtSignal ? status : nil
    }

    /// `crashy` evaluated with harmless facts: nil when it answered, else the error's name.
    func evaluate(_ model: String = "crashy", facts: JSONValue = .object(["fine": .bool(true)])) async throws -> String? {
        let client = try await daemon.client()
        let reply = try await client.send(
            "vn.khuyenhoc.Evaluation.Evaluate", parameters: .value(EvaluateParameters(model: model, facts: facts)))
        await client.close()
        return reply.error
    }

    func models() async throws -> [String: ModelInfo] {
        let client = try await daemon.client()
        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        await client.close()
        return Dictionary(uniqueKeysWithValues: reply.models.map { ($0.id, $0) })
    }

    /// SIGHUP, then waits until the reload is seen in `crashy`'s entry changing (or 10 s pass).
    func reload(until done: @escaping (ModelInfo?) -> Bool) async throws {
        kill(daemon.process.processIdentifier, SIGHUP)
        for _ in 0..<500 {
            if done(try await models()["crashy"]) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
