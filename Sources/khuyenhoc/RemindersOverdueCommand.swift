import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc reminders overdue [--area] [--model]`: the occurrences passed without being
/// reached, most days overdue first.
struct RemindersOverdueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue", abstract: "The deadlines passed without being reached, most days overdue first.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Reminders.ListOverdue", area.parameters, as: ListOverdueReply.self) { reply in
                Self.render(reply.overdue, session.text, highlight: .current)
            }
        }
    }

    static func render(_ overdue: [OverdueInfo], _ text: Localizer, highlight: LateHighlight) -> String {
        guard !overdue.isEmpty else { return text.reminder(.noOverdue) }
        let view = DeadlineView(text: text)
        var table = TextTable(
            header: [
                text.reminder(.deadline), text.reminder(.title), text.reminder(.commune), text.reminder(.model), text.reminder(.phase),
                text.reminder(.due), text.reminder(.daysOverdue), text.reminder(.nextRepeat),
            ],
            alignments: [.right, .left, .left, .left, .left, .left, .right])
        for entry in overdue {
            table.add([
                "\(entry.deadlineId)", view.title(entry.title, entry.titleVi), view.commune(entry.commune), view.model(entry.model),
                view.phase(entry.phase), LocalTimeText.minute(entry.occurrence),
                highlight.mark("\(entry.daysOverdue)", late: !entry.acknowledged),
                entry.acknowledged ? text.reminder(.acknowledgedMark) : entry.nextRepeat.map(LocalTimeText.minute) ?? "—",
            ])
        }
        return table.render()
    }
}
