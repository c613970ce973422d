import Foundation
import KhuyenHocStore

/// A reminder the planner found next: its identity and when it is due. Ordered by due instant,
/// then by identity, which is the order the scheduler delivers in.
public struct PlannedReminder: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let key: ReminderKey
    public let dueAt: Date

    public init(key: ReminderKey, dueAt: Date) {
        self.key = key
        self.dueAt = dueAt
    }

    public static func < (lhs: PlannedReminder, rhs: PlannedReminder) -> Bool {
        if lhs.dueAt != rhs.dueAt { return lhs.dueAt < rhs.dueAt }
        if lhs.key.deadlineID != rhs.key.deadlineID { return lhs.key.deadlineID < rhs.key.deadlineID }
        if lhs.key.occurrence != rhs.key.occurrence { return lhs.key.occurrence < rhs.key.occurrence }
        if lhs.key.kind != rhs.key.kind { return lhs.key.kind < rhs.key.kind }
        // Of two leads due together the longer lead comes first, as it would have a moment earlier.
        return lhs.key.kind == .lead ? lhs.key.n > rhs.key.n : lhs.key.n < rhs.key.n
    }

    public var description: String { "\(key) at \(Timestamp.string(from: dueAt))" }
}
