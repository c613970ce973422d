import Foundation
import KhuyenHocSchedule

/// An announcer whose slow channel has not taken its reminders yet: it keeps each one's `taken`
/// until the test calls ``takeAll()``.
final class DeferringAnnouncer: ReminderAnnouncer, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(AnnouncedReminder, @Sendable () async -> Void)] = []

    var waiting: [AnnouncedReminder] { lock.withLock { pending.map(\.0) } }

    func announce(_ reminder: AnnouncedReminder) async {}

    func announce(_ reminder: AnnouncedReminder, then taken: @escaping @Sendable () async -> Void) async {
        lock.withLock { pending.append((reminder, taken)) }
    }

    /// The slow channel takes every waiting reminder.
    func takeAll() async {
        let taken = lock.withLock {
            defer { pending.removeAll() }
            return pending.map(\.1)
        }
        for mark in taken { await mark() }
    }
}
