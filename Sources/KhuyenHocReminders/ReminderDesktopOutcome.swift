import Systemd

/// What `ReminderDesktop.deliver(_:fallback:)` did.
public enum ReminderDesktopOutcome: Sendable, Equatable {
    /// The notification service shows it under this id.
    case shown(id: UInt32)
    /// Nothing could show it (`reason`); the journal entry was written instead.
    case journaled(reason: SystemdError)
    /// Neither worked.
    case failed(SystemdError)
}
