import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc models release <id>`: clears the crash history of a disabled or quarantined plugin
/// and reloads the plugins, so that it is loaded again (an administrator's decision).
struct ModelReleaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Load a plugin disabled or quarantined after a crash again (its owner, root or admin group only).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model id, e.g. citizen.")
    var model: String

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Models.ReleaseModel", ReleaseModelParameters(model: model), as: ReleaseModelReply.self
            ) { reply in
                session.text(.released(model: reply.model.id, state: session.text(.stateName(reply.model.state.rawValue))))
            }
        }
    }
}
