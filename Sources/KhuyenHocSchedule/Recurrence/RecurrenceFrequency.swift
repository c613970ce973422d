/// The FREQ values this subset of RFC 5545 supports.
public enum RecurrenceFrequency: String, Sendable, Hashable, CaseIterable {
    case yearly = "YEARLY"
    case monthly = "MONTHLY"
    case weekly = "WEEKLY"
    case daily = "DAILY"
}
