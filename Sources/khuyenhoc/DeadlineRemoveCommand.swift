import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc deadlines remove ID`: removes a deadline with the record of its reminders.
struct DeadlineRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a deadline and the record of its reminders (the daemon's owner, root and the admin group only).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The deadline's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.RemoveDeadline", RemoveDeadlineParameters(id: id), as: NoParameters.self
            ) { _ in
                session.text.reminder(.removed(id: id))
            }
        }
    }
}
