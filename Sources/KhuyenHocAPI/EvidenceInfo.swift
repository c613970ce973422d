import Varlink

/// Evidence as `vn.khuyenhoc.Registry` shows it (`Evidence`).
public struct EvidenceInfo: Codable, Sendable, Equatable {
    public var model: String
    public var subjectId: Int64
    public var year: Int
    public var facts: JSONValue
    /// The uid of the user who entered it.
    public var enteredBy: UInt32
    /// UTC, to the millisecond: `2025-03-01T08:30:00.000Z`.
    public var enteredAt: String

    public init(model: String, subjectId: Int64, year: Int, facts: JSONValue, enteredBy: UInt32, enteredAt: String) {
        self.model = model
        self.subjectId = subjectId
        self.year = year
        self.facts = facts
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }
}
