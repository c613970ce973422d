import ArgumentParser
import Foundation
import KhuyenHocSample
import KhuyenHocAPI
import KhuyenHocCore
import Logging
import NIOCore
import ServiceLifecycle
import Systemd
import Varlink

/// `khuyenhocd`: the KhuyenHoc daemon. Loads the model plugins and answers Varlink calls on a
/// Unix socket until SIGTERM; SIGHUP reloads. Started by ``DaemonMain``.
struct Khuyenhocd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khuyenhocd",
        abstract: "The KhuyenHoc daemon: learning-model evaluation over a Varlink socket.",
        version: DaemonContext.version)

    @Option(help: "Read settings from this JSON file (default: /etc/khuyenhoc/khuyenhocd.json in system mode, $XDG_CONFIG_HOME/khuyenhoc/khuyenhocd.json in user mode). Flags beat the file.")
    var config: String?

    @Option(help: "user (one person's desktop) or system (an office's shared machine).")
    var mode: DaemonMode = .user

    @Option(help: "Listen on this Unix socket path (ignored under socket activation).")
    var socket: String?

    @Option(name: .customLong("state-dir"), help: "Keep the registry in this folder.")
    var stateDirectory: String?

    @Option(name: .customLong("plugin-dir"), help: "Load model plugins from this folder.")
    var pluginDirectory: String?

    @Option(name: .customLong("rubric-dir"), help: "Read rubric files (*.json) that replace the plugins' built-in rubrics from this folder (default: rubrics/ beside the mode's config file).")
    var rubricDirectory: String?

    @Option(name: .customLong("admin-group"), help: "Members of this group may call methods that change data, besides the owner and root.")
    var adminGroup: String?

    @Option(name: .customLong("socket-group"), help: "Give this group access to the socket (mode 0660).")
    var socketGroup: String?

    @Option(name: .customLong("socket-mode"), help: "The socket's permissions in octal; default 0600, or 0660 with --socket-group.")
    var socketMode: String?

    @Option(name: .customLong("max-connections"), help: "Connections served at once (default 256).")
    var maximumConnections: Int?

    @Option(name: .customLong("idle-timeout"), help: "Seconds before an idle connection is closed (default 300).")
    var idleTimeout: Int?

    @Option(name: .customLong("max-frame-size"), help: "The largest message accepted, in bytes (default 8 MiB).")
    var maximumFrameSize: Int?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default info).")
    var logLevel: String?

    @Flag(name: .customLong("no-sample"), help: "Leave a new registry empty instead of loading the sample district (Thanh Oai's communes with a synthetic population); the default in system mode.")
    var noSample = false

    @Option(name: .customLong("reminder-retry"), help: "Seconds between tries to record a due reminder while the state folder is full or read-only (default 10).")
    var reminderRetry: Int?

    @Option(name: .customLong("sample-scale"), help: .hidden)
    var sampleScale: String?

    /// Set only when the daemon starts itself as a helper (``HelperProcess``).
    @Option(name: .customLong("first-start-task"), help: .hidden)
    var firstStartTask: FirstStartTask?

    /// The settings given on the command line.
    var commandLineSettings: DaemonSettings {
        DaemonSettings(
            socket: socket, stateDirectory: stateDirectory, pluginDirectory: pluginDirectory, rubricDirectory: rubricDirectory,
            adminGroup: adminGroup, socketGroup: socketGroup, socketMode: socketMode,
            maxConnections: maximumConnections, idleTimeout: idleTimeout, maxFrameSize: maximumFrameSize,
            logLevel: logLevel, loadSample: noSample ? false : nil, reminderRetry: reminderRetry)
    }

    func run() async throws {
        let configFile = config ?? DaemonPaths().configFile(for: mode)
        // Hidden, for khuyenhoc-bench: a new registry filled with the benchmark's district.
        let scale: SampleScale
        switch sampleScale {
        case nil, "sample": scale = .sample
        case "benchmark": scale = .benchmark
        case let other?:
            FileHandle.standardError.write(Data("khuyenhocd: --sample-scale \(other): use sample or benchmark\n".utf8))
            throw ExitCode(64)  // EX_USAGE
        }
        if let firstStartTask {
            try await runFirstStartTask(firstStartTask, scale: scale)
            return
        }
        let settings: DaemonSettings
        do {
            try commandLineSettings.validate(source: "the command line")
            settings = try DaemonSettings.load(configFile, required: config != nil).overlaid(by: commandLineSettings)
        } catch {
            FileHandle.standardError.write(Data("khuyenhocd: \(error)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        }
        SystemdLogging.bootstrap(
            identifier: "khuyenhocd", level: settings.logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .info)
        let logger = Logger(label: "khuyenhocd")
        do {
            let commandLine = commandLineSettings
            let required = config != nil
            try await DaemonRunner(mode: mode, settings: settings, logger: logger, sampleScale: scale) {
                try DaemonSettings.load(configFile, required: required).overlaid(by: commandLine)
            }.run()
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode((error as? DaemonError)?.exitCode ?? EXIT_FAILURE)
        }
    }
}
