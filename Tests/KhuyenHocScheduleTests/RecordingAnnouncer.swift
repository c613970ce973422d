import Foundation
import KhuyenHocSchedule

/// Keeps every announcement, in order.
final class RecordingAnnouncer: ReminderAnnouncer, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [AnnouncedReminder] = []

    var announced: [AnnouncedReminder] { lock.withLock { kept } }

    func announce(_ reminder: AnnouncedReminder) async {
        lock.withLock { kept.append(reminder) }
    }

    /// Waits (briefly, polling the list) until `count` announcements came.
    func wait(for count: Int, timeout: Duration = .seconds(5)) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + timeout
        while clock.now < end {
            if announced.count >= count { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return announced.count >= count
    }
}
