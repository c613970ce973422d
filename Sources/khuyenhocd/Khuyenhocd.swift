import ArgumentParser
import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import Logging
import NIOCore
import ServiceLifecycle
import Varlink

/// `khuyenhocd`: the KhuyenHoc daemon. Loads the model plugins and answers Varlink calls on a
/// Unix socket until SIGTERM; SIGHUP reloads.
@main
struct Khuyenhocd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khuyenhocd",
        abstract: "The KhuyenHoc daemon: learning-model evaluation over a Varlink socket.",
        version: DaemonContext.version)

    @Option(help: "Listen on this Unix socket path (ignored under socket activation).")
    var socket: String?

    @Option(name: .customLong("state-dir"), help: "Keep the registry in this folder.")
    var stateDirectory: String?

    @Option(name: .customLong("plugin-dir"), help: "Load model plugins from this folder.")
    var pluginDirectory: String?

    @Option(help: "user (one person's desktop) or system (an office's shared machine).")
    var mode: DaemonMode = .user

    @Option(name: .customLong("admin-group"), help: "Members of this group may call methods that change data, besides the owner and root.")
    var adminGroup: String?

    @Option(name: .customLong("socket-group"), help: "Give this group access to the socket (mode 0660).")
    var socketGroup: String?

    @Option(name: .customLong("socket-mode"), help: "The socket's permissions in octal; default 0600, or 0660 with --socket-group.")
    var socketMode: String?

    @Option(name: .customLong("max-connections"), help: "Connections served at once.")
    var maximumConnections: Int = 256

    @Option(name: .customLong("idle-timeout"), help: "Seconds before an idle connection is closed.")
    var idleTimeout: Int = 300

    @Option(name: .customLong("max-frame-size"), help: "The largest message accepted, in bytes.")
    var maximumFrameSize: Int = 8 * 1024 * 1024

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func run() async throws {
        let logger = DaemonLogging.bootstrap(level: Logger.Level(rawValue: logLevel) ?? .info)
        do {
            try await DaemonRunner(options: self, logger: logger).run()
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode.failure
        }
    }
}
