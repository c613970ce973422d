import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc reminders [upcoming] [--area] [--model] [--until] [--limit]`: the reminders that
/// will come, in the order they will come.
struct RemindersUpcomingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upcoming", abstract: "The reminders that will come (default: the next 30 days), in order.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    @Option(help: ArgumentHelp("Up to the end of this day in Vietnam, or this RFC 3339 instant.", valueName: "date|instant"))
    var until: String?

    @Option(help: "At most this many (1–1000; default 100).", transform: { try ReminderOptionError.count($0) })
    var limit: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.ListUpcoming",
                ListUpcomingParameters(area: area.area, model: area.model, until: until, limit: limit), as: ListUpcomingReply.self
            ) { reply in
                Self.render(reply.reminders, session.text)
            }
        }
    }

    static func render(_ reminders: [UpcomingReminder], _ text: Localizer) -> String {
        guard !reminders.isEmpty else { return text.reminder(.noUpcoming) }
        let view = DeadlineView(text: text)
        var table = TextTable(
            header: [
                text.reminder(.when), text.reminder(.reminder), text.reminder(.deadline), text.reminder(.title), text.reminder(.commune),
                text.reminder(.model), text.reminder(.due),
            ],
            alignments: [.left, .left, .right])
        for reminder in reminders {
            table.add([
                LocalTimeText.minute(reminder.remindAt), view.kind(reminder.kind, days: reminder.days), "\(reminder.deadlineId)",
                view.title(reminder.title, reminder.titleVi), view.commune(reminder.commune), view.model(reminder.model),
                LocalTimeText.minute(reminder.occurrence),
            ])
        }
        return table.render()
    }
}
