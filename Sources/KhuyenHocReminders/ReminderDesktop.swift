import KhuyenHocAPI
import Systemd

/// Shows reminders as desktop notifications (`org.freedesktop.Notifications.Notify` over sd-bus),
/// falling back to the journal where nothing can show them.
public struct ReminderDesktop: Sendable {
    /// The bus connection settings (app name `KhuyenHoc`, 2 s timeout by default).
    public var notifier: DesktopNotifier
    /// The language of the notification's text.
    public var language: ReminderLanguage

    /// Creates the channel.
    public init(notifier: DesktopNotifier = DesktopNotifier(), language: ReminderLanguage = .vietnamese) {
        self.notifier = notifier
        self.language = language
    }

    /// Critical once overdue (it stays on screen until dismissed), normal before.
    public static func urgency(for notice: ReminderNotice) -> NotificationUrgency {
        notice.kind == .overdue ? .critical : .normal
    }

    /// Posts the notification and returns the id the notification service gave it.
    ///
    /// The D-Bus call blocks for up to `notifier.timeout`, so it runs on its own thread, never on
    /// the caller's executor.
    public func notify(_ notice: ReminderNotice) async throws(SystemdError) -> UInt32 {
        let wording = ReminderWording(notice, language: language)
        let notifier = notifier
        let result = await BlockingWork.run { () -> Result<UInt32, SystemdError> in
            do throws(SystemdError) {
                return .success(
                    try notifier.notify(summary: wording.summary, body: wording.body, urgency: Self.urgency(for: notice)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Posts the notification, or writes the journal entry when no notification service can show it
    /// (no session bus, no service, no answer in time); other failures are returned as they are.
    public func deliver(_ notice: ReminderNotice, fallback journal: ReminderJournal) async -> ReminderDesktopOutcome {
        do throws(SystemdError) {
            return .shown(id: try await notify(notice))
        } catch where error.isNotificationUnavailable {
            do throws(SystemdError) {
                try journal.record(notice)
                return .journaled(reason: error)
            } catch {
                return .failed(error)
            }
        } catch {
            return .failed(error)
        }
    }
}
