import Foundation

/// What the reminder planner needs to know of a deadline's past: the last reminder recorded (the
/// scheduler records a deadline's reminders in due order, so everything up to it is done), the
/// occurrences marked reached, and those whose overdue repeats were acknowledged.
public struct ReminderHistory: Sendable, Hashable {
    /// The last reminder recorded and when it was due.
    public var lastDelivered: ReminderKey?
    public var lastDueAt: Date?
    public var reached: Set<String>
    public var acknowledged: Set<String>

    public init(lastDelivered: ReminderKey? = nil, lastDueAt: Date? = nil, reached: Set<String> = [], acknowledged: Set<String> = []) {
        self.lastDelivered = lastDelivered
        self.lastDueAt = lastDueAt
        self.reached = reached
        self.acknowledged = acknowledged
    }
}
