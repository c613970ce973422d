import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc deadlines [list] [--area CODE] [--model M]`: the deadlines by next occurrence.
struct DeadlinesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The deadlines by next occurrence, with their next reminder (sample ones marked).")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Reminders.ListDeadlines", area.parameters, as: ListDeadlinesReply.self) { reply in
                Self.render(reply.deadlines, session.text)
            }
        }
    }

    static func render(_ deadlines: [DeadlineInfo], _ text: Localizer) -> String {
        guard !deadlines.isEmpty else { return text.reminder(.noDeadlines) }
        let view = DeadlineView(text: text)
        var table = TextTable(
            header: [
                text.reminder(.id), text.reminder(.dueOrRule), text.reminder(.title), text.reminder(.commune), text.reminder(.model),
                text.reminder(.phase), text.reminder(.nextDue), text.reminder(.nextReminder),
            ],
            alignments: [.right])
        for deadline in deadlines {
            let title = view.title(deadline.title, deadline.titleVi)
            table.add([
                "\(deadline.id)", view.dueOrRule(deadline),
                title,
                view.commune(deadline.commune), view.model(deadline.model), view.phase(deadline.phase),
                deadline.nextOccurrence.map(LocalTimeText.minute) ?? "—", deadline.nextReminder.map(view.reminder) ?? "—",
            ])
            if let problem = deadline.problem { table.addNote(text.reminder(.problemLine(problem))) }
        }
        return table.render()
    }
}
