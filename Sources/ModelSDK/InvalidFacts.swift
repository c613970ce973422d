/// Facts a model cannot score: which field, and why, in words a person can act on.
public struct InvalidFacts: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    /// The offending field as a dotted path into the facts, e.g. `scores.c1.2`.
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
