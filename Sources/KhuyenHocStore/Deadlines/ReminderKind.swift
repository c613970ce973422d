/// A reminder before a deadline (lead) or a repeat after it passed (overdue).
public enum ReminderKind: String, Sendable, Hashable, Codable, Comparable {
    case lead
    case overdue

    public static func < (lhs: ReminderKind, rhs: ReminderKind) -> Bool {
        lhs == .lead && rhs == .overdue
    }
}
