import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc deadlines add --title T (--date D | --at I) […]`: creates a deadline.
struct DeadlineAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a deadline (the daemon's owner, root and the admin group only).")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var fields: DeadlineFieldOptions

    func validate() throws {
        if fields.title == nil { throw ValidationError(Localizer.current.reminder(.needsTitle)) }
        if fields.date == nil && fields.at == nil { throw ValidationError(Localizer.current.reminder(.needsDue)) }
    }

    /// What is sent: the options given, the daemon's defaults for the rest.
    func input() throws -> DeadlineInput {
        try fields.applied(to: DeadlineInput(title: ""))
    }

    func run() async throws {
        let input = try input()
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self
            ) { reply in
                session.text.reminder(.added(id: reply.deadline.id)) + "\n"
                    + DeadlinesListCommand.render([reply.deadline], session.text)
            }
        }
    }
}
