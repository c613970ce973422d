import Foundation
import KhuyenHocSample
#if canImport(Glibc)
import Glibc
#endif

/// Plugins that crash the daemon (issue 6, item 4): a test plugin compiled here crashes on request
/// (`Tests/Fixtures/crashing-plugin.c`); the daemon is started again after each death, as
/// `Restart=on-failure` would, and must come back with the plugin disabled (same file), on
/// probation (replaced file), quarantined (second crash in a row), or loaded (released), while
/// the real citizen plugin serves throughout and no registry row is lost.
final class PluginCrashChecks {
    let executable: String
    let products: String
    let arguments: [String]
    let options: HostileOptions
    let temporary: (String) throws -> String

    var result = GroupResult("plugin crashes: disabled, quarantined, released")
    var folder = ""
    var plugins = ""
    var builds = ""
    var daemon: DaemonUnderTest?
    var variant = 0
    var planted: [String: Int] = [:]
    var restarts = 0
    var communes = 0
    var random: SplitMix64

    /// The source tree this suite was built from: the test plugin's source and the plugin header.
    static let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `arguments` are the common ones; the plugin folder is this group's own.
    init(executable: String, products: String, arguments: [String], options: HostileOptions, temporary: @escaping (String) throws -> String) {
        self.executable = executable
        self.products = products
        var kept: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--plugin-dir" { _ = rest.popFirst() } else { kept.append(argument) }
        }
        self.arguments = kept + ["--no-sample"]
        self.options = options
        self.temporary = temporary
        random = SplitMix64(seed: options.seed ^ 0x706C_7567_696E)
    }

    func run() -> GroupResult {
        let source = Self.sourceTree.appendingPathComponent("Tests/Fixtures/crashing-plugin.c").path
        guard FileManager.default.fileExists(atPath: source), (try? Command.run("cc", ["--version"]))?.status == 0 else {
            result.skipped = "skipped: needs cc and the source tree (\(source))"
            return result
        }
        let started = ContinuousClock.now
        do {
            try scenario()
            if !options.short { try randomCrashes(8) }
            try rollUpCrash()
        } catch {
            result.fail("\(error)")
        }
        if let daemon, daemon.isRunning {
            result.rssAfter = daemon.residentBytes()
            if !daemon.stop() { result.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)") }
        }
        result.notes.append("planted crashes (the daemon died by the plugin's signal, as it must): "
            + planted.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", ")
            + "; \(restarts) restarts, \(communes) communes added between crashes; \(ContinuousClock.now - started)")
        return result
    }

    // MARK: The scenario

    func scenario() throws {
        folder = try temporary("plugins")
        plugins = folder + "/plugins"
        builds = folder + "/builds"
        mkdir(plugins, 0o755)
        mkdir(builds, 0o755)
        symlink(products + "/libKhuyenHocCitizen.so", plugins + "/libKhuyenHocCitizen.so")
        try install()
        try start()
        result.rssBefore = daemon?.residentBytes()
        check("a healthy plugin evaluates", evaluate() == nil)

        try crash("segv", signals: [SIGSEGV])
        try restart()
        expectCrashy("disabled after a first crash", state: "failed", signal: "SIGSEGV", inARow: 1, quarantined: false)
        check("the citizen plugin still evaluates", evaluate("citizen", facts: Self.farmers) == nil)
        check("a disabled model answers ModelNotFound", evaluate() == "vn.khuyenhoc.Evaluation.ModelNotFound")
        check("GetStatus counts it failed", (call(#"{"method":"vn.khuyenhoc.Service.GetStatus"}"#)?["plugins"] as? [String: Any])?["failed"] as? Int == 1)

        reload()
        expectCrashy("SIGHUP with the same file keeps it disabled", state: "failed", signal: "SIGSEGV", inARow: 1, quarantined: false)
        try install()
        reload()
        expectCrashy("a replaced file loads on probation", state: "loaded", signal: "SIGSEGV", inARow: 1, quarantined: false)

        try crash("abort", signals: [SIGABRT])
        try restart()
        expectCrashy("a crash on probation quarantines", state: "failed", signal: "SIGABRT", inARow: 2, quarantined: true)
        try install()
        try restartAfterStop()
        expectCrashy("replaced again, still quarantined", state: "failed", signal: "SIGABRT", inARow: 2, quarantined: true)
        anotherUserRelease()
        release(expecting: nil)
        expectCrashy("released by an administrator", state: "loaded", signal: nil, inARow: nil, quarantined: nil)
        release(expecting: "vn.khuyenhoc.Models.ModelNotDisabled")
        releaseUnknown()

        try crash("stack", signals: [SIGSEGV])
        try restart()
        expectCrashy("a stack overflow is attributed", state: "failed", signal: "SIGSEGV", inARow: 1, quarantined: false)
        try install()
        reload()
        check("a success on probation", evaluate() == nil)
        expectCrashy("a success on probation clears the history", state: "loaded", signal: nil, inARow: nil, quarantined: nil)

        try install(describeCrashes: true)
        try crashAtStart()
        try restart()
        expectCrashy("a crash while describing at start is no crash loop", state: "failed", signal: "SIGSEGV", inARow: 1, quarantined: false, during: "describing")
        check("the citizen plugin evaluates after a crash at start", evaluate("citizen", facts: Self.farmers) == nil)

        try install()
        try restartAfterStop()
        try killDuringEvaluation(SIGKILL, "SIGKILL")
        try killDuringEvaluation(SIGSEGV, "SIGSEGV sent from outside")
    }

    /// Seeded crashes of every kind, each followed by a restart and a release or a replacement.
    func randomCrashes(_ rounds: Int) throws {
        let kinds: [(String, Set<Int32>)] = [("segv", [SIGSEGV]), ("abort", [SIGABRT]), ("stack", [SIGSEGV]), ("trap", [SIGILL, SIGTRAP]), ("thread", [SIGSEGV])]
        // The scenario left the plugin on probation: a success ends it, so each round's crash is a first.
        check("a success before the random crashes", evaluate() == nil)
        for _ in 0..<rounds {
            let (kind, signals) = kinds[Int(random.next() % UInt64(kinds.count))]
            try crash(kind, signals: signals)
            try restart()
            let crash = models()["crashy"]?["crash"] as? [String: Any]
            check("random \(kind): disabled after a first crash",
                  models()["crashy"]?["state"] as? String == "failed" && crash?["inARow"] as? Int == 1 && crash?["quarantined"] as? Bool == false)
            if random.next() % 2 == 0 {
                release(expecting: nil)
            } else {
                try install()
                reload()
                check("random \(kind): replaced, on probation", evaluate() == nil)
            }
            check("random \(kind): loaded again", models()["crashy"]?["state"] as? String == "loaded")
        }
    }

    // MARK: Reading the daemon

    func check(_ what: String, _ condition: Bool) {
        result.tried += 1
        if !condition { result.fail(what) }
        if let daemon, !daemon.isRunning {
            result.crashes += 1
            result.fail("\(what): the daemon died unplanned (\(daemon.ending))")
            try? restart()
        }
    }

    func expectCrashy(
        _ what: String, state: String, signal: String?, inARow: Int?, quarantined: Bool?, during: String = "evaluating"
    ) {
        let crashy = models()["crashy"]
        let crash = crashy?["crash"] as? [String: Any]
        var problems: [String] = []
        if crashy?["state"] as? String != state { problems.append("state \(crashy?["state"] ?? "absent")") }
        if crash?["signal"] as? String != signal { problems.append("signal \(crash?["signal"] ?? "none")") }
        if crash?["inARow"] as? Int != inARow { problems.append("inARow \(crash?["inARow"] ?? "none")") }
        if crash?["quarantined"] as? Bool != quarantined { problems.append("quarantined \(crash?["quarantined"] ?? "none")") }
        if signal != nil, crash?["during"] as? String != during { problems.append("during \(crash?["during"] ?? "none")") }
        check(what + (problems.isEmpty ? "" : ": " + problems.joined(separator: ", ")), problems.isEmpty)
    }

    func models() -> [String: [String: Any]] {
        let list = call(#"{"method":"vn.khuyenhoc.Models.ListModels"}"#)?["models"] as? [[String: Any]] ?? []
        return Dictionary(list.compactMap { model in (model["id"] as? String).map { ($0, model) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Evaluates with harmless facts; nil when answered, else the error's name ("closed" for none).
    func evaluate(_ model: String = "crashy", facts: String = #"{"fine":true}"#) -> String? {
        guard let reply = call(#"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"\#(model)","facts":\#(facts)}}"#) else { return "closed" }
        return reply["error"] as? String
    }

    static let farmers = #"{"targetGroup":"farmers","scores":{"sl1":9,"sl2":9,"sl3":9,"sl4":9,"it1":9,"it2":9,"it3":9,"it4":9,"sr1":9,"sr2":9}}"#

    /// One call on a connection of its own: the reply's parameters (with `error` when it failed),
    /// nil when the connection closed or nothing came.
    func call(_ frame: String, timeout: Duration = .seconds(10)) -> [String: Any]? {
        guard let daemon, let connection = try? UnixConnection(path: daemon.socket) else { return nil }
        defer { connection.close() }
        guard connection.send(frame: frame), case .frame(let data) = connection.receive(timeout: timeout),
              let object = (try? JSONSerialization.jsonObject(with: data.prefix { $0 != 0 })) as? [String: Any]
        else { return nil }
        var parameters = object["parameters"] as? [String: Any] ?? [:]
        if let error = object["error"] as? String { parameters["error"] = error }
        return parameters
    }
}
