import KhuyenHocStore

/// A delivered reminder with its deadline, as announced.
public struct AnnouncedReminder: Sendable, Hashable {
    public let delivery: ReminderDelivery
    public let deadline: Deadline
    /// Announced again after a restart: the daemon stopped between recording the delivery and
    /// marking it announced, so this announcement may be a repeat of one that went out.
    public let afterRestart: Bool

    public init(delivery: ReminderDelivery, deadline: Deadline, afterRestart: Bool) {
        self.delivery = delivery
        self.deadline = deadline
        self.afterRestart = afterRestart
    }
}
