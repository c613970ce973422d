/// The identity of one reminder, stable across restarts, so that it is recorded at most once
/// (UNIQUE in the store).
///
/// `occurrence` names the deadline's occurrence as it is stored: `YYYY-MM-DD` for a date deadline,
/// an RFC 3339 instant (``Timestamp``) for an instant deadline. `n` is, for a lead reminder, the
/// lead time in seconds (so that changing the other lead times does not change its identity) and,
/// for an overdue repeat, its number from 1.
public struct ReminderKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let deadlineID: Int64
    public let occurrence: String
    public let kind: ReminderKind
    public let n: Int64

    public init(deadlineID: Int64, occurrence: String, kind: ReminderKind, n: Int64) {
        self.deadlineID = deadlineID
        self.occurrence = occurrence
        self.kind = kind
        self.n = n
    }

    public var description: String { "\(deadlineID)/\(occurrence)/\(kind.rawValue)/\(n)" }
}
