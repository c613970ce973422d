import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc reload`: makes the daemon reload its configuration and plugins, as SIGHUP does.
struct ReloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Reload the daemon's configuration and plugins (its owner, root or admin group only).")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Service.Reload", as: ReloadReply.self) { reply in
                session.text(.reloaded(loaded: reply.plugins.loaded, failed: reply.plugins.failed))
            }
        }
    }
}
