/// Whether a reminder comes before its deadline or after it was missed (`ReminderNotice.kind`).
public enum ReminderKind: String, Codable, Sendable, CaseIterable {
    /// One of the deadline's lead times, e.g. 7 days before.
    case lead
    /// A repeat after the deadline passed without the phase being reached.
    case overdue
}
