import Systemd

/// What `ReminderAgentPoster.post(_:)` did with a reminder.
public enum ReminderAgentOutcome: Sendable, Equatable {
    /// The notification service shows it under this id.
    case shown(id: UInt32)
    /// No notification could be shown (`reason`); the reminder was written as a line instead.
    case written(reason: SystemdError)
}
