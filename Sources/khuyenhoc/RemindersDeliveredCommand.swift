import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc reminders delivered [--area] [--model] [--since] [--unacknowledged] [--limit]`:
/// the reminders delivered, newest first.
struct RemindersDeliveredCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delivered", abstract: "The reminders delivered, newest first, with whether they were acknowledged.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    @Option(help: ArgumentHelp("From the start of this day in Vietnam, or this RFC 3339 instant.", valueName: "date|instant"))
    var since: String?

    @Flag(help: "Only those not acknowledged.")
    var unacknowledged = false

    @Option(help: "At most this many (1–1000; default 100).", transform: { try ReminderOptionError.count($0) })
    var limit: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.ListDelivered",
                ListDeliveredParameters(
                    area: area.area, model: area.model, since: since, unacknowledged: unacknowledged ? true : nil, limit: limit),
                as: ListDeliveredReply.self
            ) { reply in
                reply.deliveries.isEmpty
                    ? session.text.reminder(.noDelivered) : Self.table(reply.deliveries, session.text, showDeadline: true).render()
            }
        }
    }

    /// The deliveries as a table; `deadlines show` leaves out the deadline's own columns.
    static func table(_ deliveries: [DeliveryInfo], _ text: Localizer, showDeadline: Bool) -> TextTable {
        let view = DeadlineView(text: text)
        let deadlineHeader = showDeadline ? [text.reminder(.deadline), text.reminder(.title), text.reminder(.commune)] : []
        var table = TextTable(
            header: [text.reminder(.delivery), text.reminder(.delivered), text.reminder(.reminder)] + deadlineHeader
                + [text.reminder(.due), text.reminder(.acknowledged)],
            alignments: [.right, .left, .left] + (showDeadline ? [.right] : []))
        for delivery in deliveries {
            let notice = delivery.reminder
            var kind = view.kind(notice.kind, days: notice.days)
            if notice.late { kind += " " + text.reminder(.lateMark) }
            let deadlineCells = showDeadline
                ? ["\(notice.deadlineId)", view.title(notice.title, notice.titleVi),
                   view.commune(code: notice.communeCode, name: notice.communeName)]
                : []
            table.add(
                ["\(notice.deliveryId)", LocalTimeText.minute(delivery.deliveredAt), kind] + deadlineCells
                    + [LocalTimeText.minute(delivery.occurrence), delivery.acknowledgedAt.map(LocalTimeText.minute) ?? "—"])
        }
        return table
    }
}
