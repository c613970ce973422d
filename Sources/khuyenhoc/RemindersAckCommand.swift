import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc reminders ack DELIVERY_ID`: acknowledges a delivered reminder (an overdue one stops
/// the repeats for its occurrence).
struct RemindersAckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge a delivered reminder; an overdue one stops repeating (the daemon's owner, root and the admin group only).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The delivery's id (reminders delivered, reminders watch).")
    var deliveryId: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Reminders.Acknowledge", AcknowledgeParameters(deliveryId: deliveryId), as: AcknowledgeReply.self
            ) { reply in
                session.text.reminder(.acknowledgedDelivery(
                    id: reply.delivery.reminder.deliveryId, at: reply.delivery.acknowledgedAt.map(LocalTimeText.minute) ?? "—"))
            }
        }
    }
}
