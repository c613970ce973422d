import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocReminders
import KhuyenHocSchedule
import KhuyenHocStore
import Logging

/// Announces each delivered reminder on every channel: the `Watch` subscribers, the journal, a
/// desktop notification (user mode) and the hook command (when configured).
///
/// The scheduler records a reminder before it calls this, and waits for it; so only the quick
/// channels run inline (subscribers' buffers, one journal entry) and the slow ones go to the
/// ``ReminderOutbox``, which has the delivery marked announced once they took it.
struct DaemonReminderAnnouncer: ReminderAnnouncer {
    let registry: any RegistryStore
    let hub: ReminderHub
    let journal: ReminderJournal
    /// The desktop notification and the hook command, when wanted.
    let outbox: ReminderOutbox
    let logger: Logger

    func announce(_ reminder: AnnouncedReminder) async {
        await announce(reminder) {}
    }

    func announce(_ reminder: AnnouncedReminder, then taken: @escaping @Sendable () async -> Void) async {
        let communes: ReminderCommunes
        do {
            communes = try await ReminderCommunes.load(registry)
        } catch {
            logger.warning("reminder announced without its commune's name: the registry could not be read", metadata: ["error": "\(error)"])
            communes = ReminderCommunes(timeline: CommuneTimeline([]))
        }
        let notice = ReminderViews(communes: communes).notice(reminder.delivery, deadline: reminder.deadline)
        hub.publish(notice, scope: reminder.deadline.scope)
        do {
            try journal.record(notice)
        } catch {
            logger.warning("reminder not written to the journal", metadata: ["delivery-id": "\(notice.deliveryId)", "error": "\(error)"])
        }
        logger.info("reminder delivered", metadata: [
            "delivery-id": "\(notice.deliveryId)", "deadline-id": "\(notice.deadlineId)", "kind": "\(notice.kind.rawValue)",
            "days": "\(notice.days)", "late": "\(notice.late)", "after-restart": "\(reminder.afterRestart)",
        ])
        await outbox.post(notice, then: taken)
    }
}
