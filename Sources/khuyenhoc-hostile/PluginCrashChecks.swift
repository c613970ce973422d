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

    private var result = GroupResult("plugin crashes: disabled, quarantined, released")
    private var folder = ""
    private var plugins = ""
    private var builds = ""
    private var daemon: DaemonUnderTest?
    private var variant = 0
    private var planted: [String: Int] = [:]
    private var restarts = 0
    private var communes = 0
    private var random: SplitMix64

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

    private func scenario() throws {
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
    private func randomCrashes(_ rounds: Int) throws {
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

    // MARK: Steps

    /// Compiles the next variant of the test plugin and moves it over the installed one (a new inode).
    private func install(describeCrashes: Bool = false) throws {
        try compile(model: "crashy", to: plugins + "/libKhuyenHocCrashy.so", describeCrashes: describeCrashes)
    }

    private func compile(model: String, to destination: String, describeCrashes: Bool = false, batchCrashes: Bool = false) throws {
        variant += 1
        let library = builds + "/plugin-\(variant).so"
        let compiled = try Command.run("cc", [
            "-shared", "-fPIC", "-O1", "-I", Self.sourceTree.appendingPathComponent("Sources/KhuyenHocPluginABI/include").path,
            "-DMODEL_ID=\"\(model)\"", "-DDESCRIBE_CRASHES=\(describeCrashes ? 1 : 0)", "-DBATCH_CRASHES=\(batchCrashes ? 1 : 0)",
            "-DVARIANT=\(variant)", "-o", library, Self.sourceTree.appendingPathComponent("Tests/Fixtures/crashing-plugin.c").path,
        ])
        guard compiled.status == 0 else { throw HostileError.failed("cc failed: \(compiled.error.prefix(300))") }
        guard rename(library, destination) == 0 else { throw HostileError.system("rename", errno) }
    }

    /// A citizen plugin whose batch crashes, on the roll-up's own thread (EvaluateArea), in a
    /// daemon of its own with one person and their evidence.
    private func rollUpCrash() throws {
        if let daemon, !daemon.stop() { result.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)") }
        folder = try temporary("plugins-rollup")
        plugins = folder + "/plugins"
        mkdir(plugins, 0o755)
        try compile(model: "citizen", to: plugins + "/libKhuyenHocCitizen.so", batchCrashes: true)
        try start()
        _ = call(#"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"10144","name":"Thanh Thùy"}}"#)
        let community = (call(#"{"method":"vn.khuyenhoc.Registry.AddCommunity","parameters":{"communeCode":"10144","name":"Thôn Đông"}}"#)?["community"] as? [String: Any])?["id"] as? Int
        let household = (call(#"{"method":"vn.khuyenhoc.Registry.AddHousehold","parameters":{"communityID":\#(community ?? 0),"name":"H1"}}"#)?["household"] as? [String: Any])?["id"] as? Int
        let person = (call(#"{"method":"vn.khuyenhoc.Registry.AddPerson","parameters":{"householdID":\#(household ?? 0),"name":"P1","birthYear":1980}}"#)?["person"] as? [String: Any])?["id"] as? Int
        let put = call(#"{"method":"vn.khuyenhoc.Registry.PutEvidence","parameters":{"model":"citizen","subjectId":\#(person ?? 0),"year":2024,"facts":\#(Self.farmers)}}"#)
        check("roll-up: a person with evidence to evaluate", person != nil && put != nil && put?["error"] == nil)
        plantedCrash(#"{"method":"vn.khuyenhoc.Evaluation.EvaluateArea","parameters":{"area":"10144","year":2024}}"#,
                     "roll-up batch", model: "citizen", signals: [SIGSEGV])
        try restart()
        let citizen = models()["citizen"]
        let crash = citizen?["crash"] as? [String: Any]
        check("roll-up: the citizen plugin is disabled after its batch crashed",
              citizen?["state"] as? String == "failed" && crash?["during"] as? String == "evaluating" && crash?["signal"] as? String == "SIGSEGV")
        let evidence = call(#"{"method":"vn.khuyenhoc.Registry.GetEvidence","parameters":{"model":"citizen","subjectId":\#(person ?? 0),"year":2024}}"#)
        check("roll-up: the evidence put before the crash is there", evidence != nil && evidence?["error"] == nil)
    }

    private func start() throws {
        // Never two on one socket, and none left behind: one still running here is stopped.
        if let previous = daemon, previous.isRunning { previous.stop() }
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments + ["--plugin-dir", plugins])
        self.daemon = daemon
        try daemon.start()
    }

    /// Starts again on the same folders after a death, as the unit's restart policy would.
    private func restart() throws {
        restarts += 1
        let before = try? RegistrySnapshot(database: folder + "/state/registry.sqlite")
        try start()
        if let before, let after = try? RegistrySnapshot(database: folder + "/state/registry.sqlite") {
            let lost = before.losses(in: after)
            result.dataLost += lost.count
            for loss in lost { result.fail("registry after restart \(restarts): \(loss)") }
        }
    }

    private func restartAfterStop() throws {
        if let daemon, !daemon.stop() {
            result.crashes += 1
            result.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)")
        }
        try restart()
    }

    /// Adds a commune (a committed row that must survive), then asks the plugin to crash with
    /// `how` and waits for the daemon to die by one of `signals`.
    private func crash(_ how: String, signals: Set<Int32>) throws {
        guard daemon != nil else { return }
        communes += 1
        let added = call(#"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"\#(98000 + communes)","name":"Xã Sập \#(communes)"}}"#)
        check("a commune added before the crash", added != nil && added?["error"] == nil)
        plantedCrash(#"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"crashy","facts":{"crash":"\#(how)"}}}"#,
                     how, signals: signals)
    }

    /// Makes the call that plants a crash of `model`'s plugin, which must go unanswered, and
    /// judges the daemon's death.
    private func plantedCrash(_ request: String, _ how: String, model: String = "crashy", signals: Set<Int32>) {
        guard let daemon else { return }
        result.tried += 1
        if let reply = call(request, timeout: .seconds(30)) {
            result.fail("\(how): the crashing call was answered: \(reply)")
            daemon.stop()
            return
        }
        guard let ended = waitForDeath(daemon) else {
            result.fail("\(how): the daemon lived on after the plugin crashed")
            daemon.stop()
            return
        }
        judgeDeath(of: daemon, ended, how, signals, model: model)
    }

    /// The daemon started with a plugin whose `describe` crashes: it dies before it answers.
    private func crashAtStart() throws {
        if let daemon, !daemon.stop() { result.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)") }
        result.tried += 1
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments + ["--plugin-dir", plugins])
        self.daemon = daemon
        if daemon.startAllowingRefusal() {
            result.fail("describe crash: the daemon started and answered")
            daemon.stop()
            return
        }
        guard let ended = waitForDeath(daemon) else { return }
        judgeDeath(of: daemon, ended, "describe", [SIGSEGV])
    }

    private func waitForDeath(_ daemon: DaemonUnderTest) -> Int32? {
        let deadline = ContinuousClock.now + .seconds(60)
        while daemon.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        guard !daemon.isRunning else { return nil }
        let ending = daemon.ending
        guard ending.hasPrefix("killed by signal ") else { return -1 }
        return Int32(ending.dropFirst("killed by signal ".count)) ?? -1
    }

    private func judgeDeath(of daemon: DaemonUnderTest, _ signal: Int32, _ how: String, _ expected: Set<Int32>, model: String = "crashy") {
        if expected.contains(signal) {
            planted[how, default: 0] += 1
        } else {
            result.crashes += 1
            result.fail("\(how): the daemon ended with \(daemon.ending), not by the plugin's signal")
        }
        if !daemon.log().contains("khuyenhocd: plugin \(model) crashed with ") {
            result.fail("\(how): no crash line on stderr naming the plugin")
        }
    }

    /// A signal sent from outside while the plugin sleeps in an evaluation (SIGKILL, or a SIGSEGV
    /// from kill(2) rather than a fault): not the plugin's doing, so not held against it.
    private func killDuringEvaluation(_ signal: Int32, _ what: String) throws {
        guard let daemon, let pid = daemon.pid else { return }
        result.tried += 1
        let connection = try UnixConnection(path: daemon.socket)
        _ = connection.send(frame: #"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"crashy","facts":{"crash":"sleep"}}}"#)
        usleep(800_000)
        kill(pid, signal)
        _ = connection.receive(timeout: .seconds(10))
        connection.close()
        let death = waitForDeath(daemon)
        let record = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/state/plugin-crash"))) ?? Data()
        try restart()
        check("\(what) during an evaluation kills the daemon by that signal", death == signal)
        check("\(what) during an evaluation writes no crash record", record.isEmpty)
        // Still on probation from the describe crash, and no second crash counted.
        expectCrashy(
            "\(what) during an evaluation is not blamed on the plugin", state: "loaded", signal: "SIGSEGV", inARow: 1, quarantined: false,
            during: "describing")
    }

    private func reload() {
        guard let pid = daemon?.pid else { return }
        let before = models()["crashy"]?["state"] as? String
        kill(pid, SIGHUP)
        // The reload is done when a ListModels after it differs, or after 3 s (when it must not differ).
        let deadline = ContinuousClock.now + .seconds(3)
        while ContinuousClock.now < deadline, models()["crashy"]?["state"] as? String == before { usleep(50_000) }
    }

    private func release(expecting error: String?) {
        let reply = call(#"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"crashy"}}"#, timeout: .seconds(30))
        count(reply, "ReleaseModel crashy", expecting: error)
    }

    private func releaseUnknown() {
        let reply = call(#"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"nosuch"}}"#)
        count(reply, "ReleaseModel nosuch", expecting: "vn.khuyenhoc.Models.ModelNotFound")
    }

    /// ReleaseModel as uid 65534: refused (root only, with setpriv and socat).
    private func anotherUserRelease() {
        guard getuid() == 0, let daemon else { return }
        chmod(folder, 0o755)
        chmod(daemon.socket, 0o666)
        defer {
            chmod(daemon.socket, 0o600)
            chmod(folder, 0o700)
        }
        let frame = #"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"crashy"}}"# + "\0"
        guard let run = try? Command.run(
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "socat", "-t", "10", "-", "UNIX-CONNECT:\(daemon.socket)"],
            input: Data(frame.utf8)), run.status == 0 else { return }
        let reply = run.output.split(separator: "\0").first.flatMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        count(reply, "ReleaseModel as uid 65534", expecting: "org.varlink.service.PermissionDenied")
    }

    private func count(_ reply: [String: Any]?, _ what: String, expecting error: String?) {
        result.tried += 1
        guard let reply else {
            result.fail("\(what): no reply")
            return
        }
        let name = reply["error"] as? String
        if let name {
            result.declared += 1
            result.errorNames[name, default: 0] += 1
        } else {
            result.answered += 1
        }
        if name != error { result.fail("\(what): \(name ?? "answered") instead of \(error ?? "an answer")") }
    }

    // MARK: Reading the daemon

    private func check(_ what: String, _ condition: Bool) {
        result.tried += 1
        if !condition { result.fail(what) }
        if let daemon, !daemon.isRunning {
            result.crashes += 1
            result.fail("\(what): the daemon died unplanned (\(daemon.ending))")
            try? restart()
        }
    }

    private func expectCrashy(
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

    private func models() -> [String: [String: Any]] {
        let list = call(#"{"method":"vn.khuyenhoc.Models.ListModels"}"#)?["models"] as? [[String: Any]] ?? []
        return Dictionary(list.compactMap { model in (model["id"] as? String).map { ($0, model) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Evaluates with harmless facts; nil when answered, else the error's name ("closed" for none).
    private func evaluate(_ model: String = "crashy", facts: String = #"{"fine":true}"#) -> String? {
        guard let reply = call(#"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"\#(model)","facts":\#(facts)}}"#) else { return "closed" }
        return reply["error"] as? String
    }

    static let farmers = #"{"targetGroup":"farmers","scores":{"sl1":9,"sl2":9,"sl3":9,"sl4":9,"it1":9,"it2":9,"it3":9,"it4":9,"sr1":9,"sr2":9}}"#

    /// One call on a connection of its own: the reply's parameters (with `error` when it failed),
    /// nil when the connection closed or nothing came.
    private func call(_ frame: String, timeout: Duration = .seconds(10)) -> [String: Any]? {
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
