import Foundation
import KhuyenHocSample
#if canImport(Glibc)
import Glibc
#endif

/// The steps the scenarios are made of: building and installing the test plugin, starting and
/// restarting the daemon, planting crashes and judging the deaths, reloads and releases.
extension PluginCrashChecks {
    /// Compiles the next variant of the test plugin and moves it over the installed one (a new inode).
    func install(describeCrashes: Bool = false) throws {
        try compile(model: "crashy", to: plugins + "/libKhuyenHocCrashy.so", describeCrashes: describeCrashes)
    }

    func compile(model: String, to destination: String, describeCrashes: Bool = false, batchCrashes: Bool = false) throws {
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
    func rollUpCrash() throws {
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

    func start() throws {
        // Never two on one socket, and none left behind: one still running here is stopped.
        if let previous = daemon, previous.isRunning { previous.stop() }
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments + ["--plugin-dir", plugins])
        self.daemon = daemon
        try daemon.start()
    }

    /// Starts again on the same folders after a death, as the unit's restart policy would.
    func restart() throws {
        restarts += 1
        let before = try? RegistrySnapshot(database: folder + "/state/registry.sqlite")
        try start()
        if let before, let after = try? RegistrySnapshot(database: folder + "/state/registry.sqlite") {
            let lost = before.losses(in: after)
            result.dataLost += lost.count
            for loss in lost { result.fail("registry after restart \(restarts): \(loss)") }
        }
    }

    func restartAfterStop() throws {
        if let daemon, !daemon.stop() {
            result.crashes += 1
            result.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)")
        }
        try restart()
    }

    /// Adds a commune (a committed row that must survive), then asks the plugin to crash with
    /// `how` and waits for the daemon to die by one of `signals`.
    func crash(_ how: String, signals: Set<Int32>) throws {
        guard daemon != nil else { return }
        communes += 1
        let added = call(#"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"\#(98000 + communes)","name":"Xã Sập \#(communes)"}}"#)
        check("a commune added before the crash", added != nil && added?["error"] == nil)
        plantedCrash(#"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"crashy","facts":{"crash":"\#(how)"}}}"#,
                     how, signals: signals)
    }

    /// Makes the call that plants a crash of `model`'s plugin, which must go unanswered, and
    /// judges the daemon's death.
    func plantedCrash(_ request: String, _ how: String, model: String = "crashy", signals: Set<Int32>) {
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
    func crashAtStart() throws {
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

    func waitForDeath(_ daemon: DaemonUnderTest) -> Int32? {
        let deadline = ContinuousClock.now + .seconds(60)
        while daemon.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        guard !daemon.isRunning else { return nil }
        let ending = daemon.ending
        guard ending.hasPrefix("killed by signal ") else { return -1 }
        return Int32(ending.dropFirst("killed by signal ".count)) ?? -1
    }

    func judgeDeath(of daemon: DaemonUnderTest, _ signal: Int32, _ how: String, _ expected: Set<Int32>, model: String = "crashy") {
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
    func killDuringEvaluation(_ signal: Int32, _ what: String) throws {
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

    func reload() {
        guard let pid = daemon?.pid else { return }
        let before = models()["crashy"]?["state"] as? String
        kill(pid, SIGHUP)
        // The reload is done when a ListModels after it differs, or after 3 s (when it must not differ).
        let deadline = ContinuousClock.now + .seconds(3)
        while ContinuousClock.now < deadline, models()["crashy"]?["state"] as? String == before { usleep(50_000) }
    }

    func release(expecting error: String?) {
        let reply = call(#"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"crashy"}}"#, timeout: .seconds(30))
        count(reply, "ReleaseModel crashy", expecting: error)
    }

    func releaseUnknown() {
        let reply = call(#"{"method":"vn.khuyenhoc.Models.ReleaseModel","parameters":{"model":"nosuch"}}"#)
        count(reply, "ReleaseModel nosuch", expecting: "vn.khuyenhoc.Models.ModelNotFound")
    }

    /// ReleaseModel as uid 65534: refused (root only, with setpriv and socat).
    func anotherUserRelease() {
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

    func count(_ reply: [String: Any]?, _ what: String, expecting error: String?) {
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
}
