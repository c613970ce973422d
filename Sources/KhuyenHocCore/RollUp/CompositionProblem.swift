/// Why facts could not be composed for a subject: the field (of the evidence, or of the composed
/// facts) and the reason, in the words `InvalidFacts` uses.
public struct CompositionProblem: Error, Sendable, Hashable {
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
}
