import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc status`: the daemon's version, uptime, socket, folders and plugins.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show the daemon's version, uptime, socket and plugins.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Service.GetStatus", as: ServiceStatus.self) { status in
                Self.render(status, session.text)
            }
        }
    }

    static func render(_ status: ServiceStatus, _ text: Localizer) -> String {
        var table = TextTable()
        table.add([text(.version), status.version])
        table.add([text(.uptime), "\(text.duration(seconds: status.uptimeSeconds)) (\(text(.startedAt).lowercased()) \(status.startedAt))"])
        table.add([text(.socket), status.socket])
        table.add([text(.mode), text(.modeName(status.mode))])
        table.add([text(.socketActivation), text(status.socketActivated ? .yes : .no)])
        table.add([text(.stateFolder), status.stateDirectory])
        table.add([text(.pluginFolder), status.pluginDirectory])
        table.add([text(.plugins), text(.pluginCounts(loaded: status.plugins.loaded, failed: status.plugins.failed))])
        return "khuyenhocd\n" + table.render()
    }
}
