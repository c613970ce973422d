import Foundation

/// One occurrence of a deadline.
public struct DeadlineOccurrence: Sendable, Hashable {
    /// The occurrence as stored and named in reminder identities: `YYYY-MM-DD` for a date deadline,
    /// an RFC 3339 instant for an instant deadline.
    public let key: String
    /// Its local day in Vietnam.
    public let day: LocalDay
    /// The instant reminders count from: the local reminder time on the day for a date deadline,
    /// the instant itself for an instant deadline.
    public let anchor: Date
    /// When the deadline has passed: local midnight after the day, or the instant.
    public let end: Date
}
