import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc deadlines update ID […]`: changes the fields given. The daemon replaces every field,
/// so the deadline is read first and sent back with only those changed.
struct DeadlineUpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change the given fields of a deadline, keeping the others (the daemon's owner, root and the admin group only).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The deadline's id.")
    var id: Int64

    @OptionGroup var fields: DeadlineFieldOptions

    func validate() throws {
        if fields.isEmpty { throw ValidationError(Localizer.current.reminder(.nothingToChange)) }
    }

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let current = try session.decode(
                GetDeadlineReply.self, from: try await session.call("vn.khuyenhoc.Reminders.GetDeadline", GetDeadlineParameters(id: id, limit: 1)))
            let input: DeadlineInput
            do {
                input = try fields.applied(to: DeadlineInput(current.deadline))
            } catch let error as ValidationError {
                throw CLIFailure.invalidOption(error.message)
            }
            try await session.show(
                "vn.khuyenhoc.Reminders.UpdateDeadline", UpdateDeadlineParameters(id: id, deadline: input), as: DeadlineReply.self
            ) { reply in
                session.text.reminder(.updated(id: reply.deadline.id)) + "\n"
                    + DeadlinesListCommand.render([reply.deadline], session.text)
            }
        }
    }
}
