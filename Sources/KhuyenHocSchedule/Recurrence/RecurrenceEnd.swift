import Foundation

/// UNTIL, inclusive: a day (`20301215`, compared with an occurrence's local day) or an instant
/// (`20301215T010000Z`, compared with an occurrence's instant).
public enum RecurrenceEnd: Sendable, Hashable {
    case day(LocalDay)
    case instant(Date)
}
