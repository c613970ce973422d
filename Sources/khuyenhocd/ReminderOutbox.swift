import KhuyenHocAPI
import KhuyenHocReminders
import Logging
import Systemd

/// The slow channels of a reminder, a desktop notification (a D-Bus call with its timeout) and the
/// hook command (a process), worked through one at a time in the order the reminders came, so
/// that a catch-up of many reminders neither blocks the scheduler nor starts a thread and a
/// process for each at once.
final class ReminderOutbox: Sendable {
    private let continuation: AsyncStream<ReminderNotice>.Continuation

    /// Starts the worker; `desktop` and `hook` are nil when not wanted.
    init(desktop: ReminderDesktop?, hook: ReminderHook?, logger: Logger) {
        let (stream, continuation) = AsyncStream.makeStream(of: ReminderNotice.self, bufferingPolicy: .bufferingNewest(10_000))
        self.continuation = continuation
        guard desktop != nil || hook != nil else {
            continuation.finish()
            return
        }
        Task {
            for await notice in stream {
                if let desktop { await Self.show(notice, on: desktop, logger: logger) }
                if let hook { _ = await hook.run(notice) }
            }
        }
    }

    /// Queues `notice` for the slow channels and returns at once.
    func post(_ notice: ReminderNotice) {
        continuation.yield(notice)
    }

    private static func show(_ notice: ReminderNotice, on desktop: ReminderDesktop, logger: Logger) async {
        do throws(SystemdError) {
            _ = try await desktop.notify(notice)
        } catch where error.isNotificationUnavailable {
            // The journal entry, always written, is the fallback.
            logger.debug("no desktop notification service; the reminder is in the journal", metadata: ["error": "\(error)"])
        } catch {
            logger.warning("desktop notification failed", metadata: ["error": "\(error)"])
        }
    }
}
