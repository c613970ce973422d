import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc deadlines show ID [--limit N]`: one deadline, its next reminders and those delivered.
struct DeadlineShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One deadline in full, its upcoming reminders and the ones delivered.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The deadline's id.")
    var id: Int64

    @Option(help: "How many upcoming reminders (1–100; default 10).", transform: { try ReminderOptionError.count($0) })
    var limit: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.GetDeadline", GetDeadlineParameters(id: id, limit: limit), as: GetDeadlineReply.self
            ) { reply in
                Self.render(reply, session.text)
            }
        }
    }

    static func render(_ reply: GetDeadlineReply, _ text: Localizer) -> String {
        let view = DeadlineView(text: text)
        let deadline = reply.deadline
        let title = view.title(deadline.title, deadline.titleVi)
        var lines = [
            text.reminder(.deadlineHeadline(id: deadline.id, title: title)),
            text.reminder(.scopeLine(
                commune: view.commune(deadline.commune), model: deadline.model.map { view.model($0) },
                phase: deadline.phase.map { view.phase($0) })),
            text.reminder(.dueLine(view.due(deadline))),
        ]
        if let rule = deadline.rrule { lines.append(text.reminder(.repeatsLine(RecurrenceWords.words(rule, text)))) }
        lines.append(
            deadline.leadTimes.isEmpty
                ? text.reminder(.noLeads)
                : text.reminder(.leadLine(leads: view.durations(deadline.leadTimes), at: deadline.reminderTime)))
        lines.append(text.reminder(.overdueLine(every: deadline.overdueInterval.map { DurationText.text(seconds: $0) })))
        lines.append(text.reminder(.nextDueLine(deadline.nextOccurrence.map(LocalTimeText.minute))))
        lines.append(text.reminder(.createdLine(uid: deadline.createdBy, at: LocalTimeText.minute(deadline.createdAt))))
        if let problem = deadline.problem { lines.append(text.reminder(.problemLine(problem))) }

        lines += ["", text.reminder(.upcomingHeadline)]
        if reply.upcoming.isEmpty {
            lines.append(text.reminder(.noneYet))
        } else {
            var table = TextTable(header: [text.reminder(.when), text.reminder(.reminder), text.reminder(.due)])
            for reminder in reply.upcoming {
                table.add([
                    LocalTimeText.minute(reminder.remindAt), view.kind(reminder.kind, days: reminder.days),
                    LocalTimeText.minute(reminder.occurrence),
                ])
            }
            lines.append(table.render())
        }

        lines += ["", text.reminder(.deliveredHeadline)]
        if reply.delivered.isEmpty {
            lines.append(text.reminder(.noneYet))
        } else {
            lines.append(RemindersDeliveredCommand.table(reply.delivered, text, showDeadline: false).render())
        }
        return lines.joined(separator: "\n")
    }
}
