/// Announces delivered reminders: to Watch subscribers, the journal, a desktop. Injected into the
/// ``ReminderService``; announcing is best effort and must not block for long.
public protocol ReminderAnnouncer: Sendable {
    func announce(_ reminder: AnnouncedReminder) async
}
