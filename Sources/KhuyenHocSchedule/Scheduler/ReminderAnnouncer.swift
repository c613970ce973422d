/// Announces delivered reminders: to Watch subscribers, the journal, a desktop. Injected into the
/// ``ReminderService``; announcing is best effort and must not block for long.
public protocol ReminderAnnouncer: Sendable {
    func announce(_ reminder: AnnouncedReminder) async

    /// Announces `reminder` and calls `taken` once every channel has taken it, which may be
    /// after this returns: the service marks the delivery announced there, so that a reminder a
    /// slow channel had not yet taken when the process died is announced again at the next start.
    func announce(_ reminder: AnnouncedReminder, then taken: @escaping @Sendable () async -> Void) async
}

extension ReminderAnnouncer {
    /// Every channel is done when `announce(_:)` returns.
    public func announce(_ reminder: AnnouncedReminder, then taken: @escaping @Sendable () async -> Void) async {
        await announce(reminder)
        await taken()
    }
}
