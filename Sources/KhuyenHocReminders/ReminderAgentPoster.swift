import KhuyenHocAPI
import Systemd

/// How `khuyenhoc reminders agent` shows one reminder in the user's session: the same desktop
/// notification the daemon posts in user mode (`ReminderDesktop`: wording, urgency, hints), or,
/// when no notification can be shown, the reminder as one line where the user sees it (the
/// agent's standard error), so that it is never dropped silently.
public struct ReminderAgentPoster: Sendable {
    /// The notification channel and its language.
    public var desktop: ReminderDesktop
    /// Receives the reminder's line when no notification was shown.
    public var writeLine: @Sendable (String) -> Void

    /// Creates the poster.
    public init(desktop: ReminderDesktop, writeLine: @escaping @Sendable (String) -> Void) {
        self.desktop = desktop
        self.writeLine = writeLine
    }

    /// Posts `notice`, or writes its line when the notification fails for any reason: with no
    /// session bus or no service answering (`isNotificationUnavailable`) as with a refused call,
    /// the user must still read the reminder.
    public func post(_ notice: ReminderNotice) async -> ReminderAgentOutcome {
        do throws(SystemdError) {
            return .shown(id: try await desktop.notify(notice))
        } catch {
            writeLine(ReminderWording(notice, language: desktop.language).line)
            return .written(reason: error)
        }
    }
}
