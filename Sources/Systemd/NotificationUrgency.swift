/// The urgency hint of a desktop notification (the `urgency` byte of the Desktop Notifications spec).
public enum NotificationUrgency: UInt8, Sendable, CaseIterable {
    /// Shown quietly; may be dropped by the notification daemon.
    case low = 0
    /// The default.
    case normal = 1
    /// Stays on screen until dismissed, e.g. a missed rollout deadline.
    case critical = 2
}
