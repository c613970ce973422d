import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc deadlines reached ID [--occurrence X]`: marks an occurrence reached; its reminders stop.
struct DeadlineReachedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reached",
        abstract: "Mark an occurrence of a deadline reached so that its reminders stop (the daemon's owner, root and the admin group only).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The deadline's id.")
    var id: Int64

    @Option(help: ArgumentHelp(
        "The occurrence (YYYY-MM-DD or the instant); default the earliest passed without being reached, else the next.",
        valueName: "occurrence"))
    var occurrence: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.MarkReached", MarkReachedParameters(deadlineId: id, occurrence: occurrence),
                as: MarkReachedReply.self
            ) { reply in
                session.text.reminder(.reached(id: reply.deadline.id, occurrence: LocalTimeText.minute(reply.occurrence)))
            }
        }
    }
}
