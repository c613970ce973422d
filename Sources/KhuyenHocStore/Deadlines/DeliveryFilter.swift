import Foundation

/// Which delivered reminders a list keeps: those of the deadlines ``deadlines`` keeps, delivered
/// since an instant, optionally only those not acknowledged, at most `limit`, newest first.
public struct DeliveryFilter: Sendable, Hashable {
    public var deadlines: DeadlineFilter
    /// Only deliveries recorded at or after this instant; nil for all.
    public var since: Date?
    /// Only deliveries nobody has acknowledged.
    public var unacknowledged: Bool
    /// The most deliveries listed (at least 1).
    public var limit: Int

    /// The longest list one query returns.
    public static let maximumLimit = 10_000

    public init(deadlines: DeadlineFilter = DeadlineFilter(), since: Date? = nil, unacknowledged: Bool = false, limit: Int = 100) {
        self.deadlines = deadlines
        self.since = since
        self.unacknowledged = unacknowledged
        self.limit = limit
    }
}
