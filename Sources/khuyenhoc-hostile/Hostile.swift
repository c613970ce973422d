import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `khuyenhoc-hostile`: hostile clients against a real `khuyenhocd` (issue 6, items 2–5).
/// Prints a table per group of cases; exits 1 on any crash, data lost, undeclared reply,
/// hang or broken rule, 2 when the suite itself could not run.
@main
struct Hostile {
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            let options = try HostileOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            exit(try run(options) ? 0 : 1)
        } catch {
            FileHandle.standardError.write(Data("khuyenhoc-hostile: \(error)\n".utf8))
            exit(2)
        }
    }

    static func run(_ options: HostileOptions) throws -> Bool {
        let started = ContinuousClock.now
        raiseDescriptorLimit()
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        let executable = options.daemon ?? products + "/khuyenhocd"
        var folders: [String] = []
        defer { if !options.keep { folders.forEach { try? FileManager.default.removeItem(atPath: $0) } } }
        func temporary(_ name: String) throws -> String {
            var template = Array("/tmp/khh-\(name)-XXXXXX".utf8CString)
            guard let made = mkdtemp(&template) else { throw HostileError.system("mkdtemp", errno) }
            let path = String(cString: made)
            folders.append(path)
            return path
        }
        let folder = try temporary("daemon")
        let rubrics = folder + "/rubrics"
        mkdir(rubrics, 0o700)
        let config = folder + "/khuyenhocd.json"
        // Reminders go to Watch and the journal only: no session bus in CI.
        try Data(#"{"desktopNotifications": false}"#.utf8).write(to: URL(fileURLWithPath: config))
        let common = ["--config", config, "--plugin-dir", products, "--rubric-dir", rubrics]
        print("khuyenhoc-hostile: seed \(options.seed)\(options.short ? ", short run" : ""); daemon \(executable)")

        var results: [GroupResult] = []
        if options.runs("socket") {
            results += try socketAbuse(executable: executable, folder: folder, arguments: common, options: options)
        }
        if options.runs("symlinks") {
            print("… planted symlinks", terminator: "")
            results.append(SymlinkChecks(executable: executable, arguments: common + ["--no-sample"], temporary: temporary).run())
            print("")
        }
        if options.runs("kills") { results += KillChecks(executable: executable, arguments: common, options: options, temporary: temporary).run() }
        if options.runs("storage") { results.append(StateFolderChecks(executable: executable, arguments: common, temporary: temporary, options: options).run()) }
        if options.runs("plugins") { results.append(PluginCrashChecks(executable: executable, products: products, arguments: common, options: options, temporary: temporary).run()) }
        // The socket part's whole-run row goes last, below every group.
        results = results.filter { !$0.isSummary } + results.filter(\.isSummary)
        print("")
        print(ReportTable(results: results).render())
        let passed = results.allSatisfy(\.passed)
        print("\(passed ? "PASSED" : "FAILED") in \(ContinuousClock.now - started) (seed \(options.seed); again: khuyenhoc-hostile --seed \(options.seed)\(options.short ? " --short" : "")\(options.only.map { " --only " + $0.sorted().joined(separator: ",") } ?? ""))")
        return passed
    }

    /// The socket cases against one daemon with the sample district (items 2 and 3), and the
    /// row comparing its end with its warmed-up start.
    private static func socketAbuse(executable: String, folder: String, arguments common: [String], options: HostileOptions) throws -> [GroupResult] {
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: common)
        let suite = HostileSuite(daemon: daemon, options: options)
        let limits = ["--idle-timeout", "\(suite.idleTimeoutSeconds)", "--max-connections", "\(suite.maximumConnections)",
                      "--max-frame-size", "\(suite.maximumFrameSize)"]
        // The sample district, so that Export and Backup stream many chunks. Its one-time
        // evaluation runs on the first start: start again, so the cases meet a quiet daemon.
        try daemon.start(extra: limits)
        daemon.stop()
        try daemon.start(extra: limits)
        try suite.describeInterfaces()
        print("daemon pid \(daemon.pid ?? 0): \(suite.methods.count) methods in \(suite.interfaces.count) interfaces, \(suite.judge.declaredErrors.count) declared errors")

        let start = try suite.warmUp()
        suite.fileModes()
        for round in 1...options.rounds {
            if options.rounds > 1 { print("round \(round) of \(options.rounds): RSS \((daemon.residentBytes() ?? 0) >> 20) MiB") }
            suite.randomFrames()
            suite.framesWithoutNUL()
            suite.invalidUTF8()
            suite.deepNesting()
            suite.hugeNumbers()
            suite.wrongTypes()
            suite.oversizedFrames()
            suite.slowClients()
            suite.manyConnections()
            suite.vanishingClients()
            suite.watchersThatNeverRead()
        }
        suite.anotherUser()
        var whole = suite.wholeRun(from: start)
        if !daemon.stop() { whole.fail("khuyenhocd did not stop cleanly on SIGTERM: \(daemon.ending)") }

        return suite.results + [whole]
    }

    /// 1,000 connections need more than the usual 1,024 descriptors once the daemon's own are counted.
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
