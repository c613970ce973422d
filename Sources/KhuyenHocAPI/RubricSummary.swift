/// One rubric a model has in force, without its criteria (`vn.khuyenhoc.Models.RubricSummary`).
public struct RubricSummary: Codable, Sendable, Equatable {
    public var version: String
    /// The first year it applies to; nil when it has no start.
    public var appliesFrom: Int?
    /// The last year it applies to; nil while it is in force.
    public var appliesUntil: Int?
    /// `built-in`, or the rubric file it was read from.
    public var origin: String
    public var basis: RubricBasis
    /// The rubric an evaluation uses when it names neither a version nor a year.
    public var active: Bool

    public init(version: String, appliesFrom: Int?, appliesUntil: Int?, origin: String, basis: RubricBasis, active: Bool) {
        self.version = version
        self.appliesFrom = appliesFrom
        self.appliesUntil = appliesUntil
        self.origin = origin
        self.basis = basis
        self.active = active
    }

    /// The summary of a document; `active` when it is the model's active version.
    public init(_ document: RubricDocument, activeVersion: String) {
        self.init(
            version: document.version, appliesFrom: document.appliesFrom, appliesUntil: document.appliesUntil,
            origin: document.origin, basis: document.basis, active: document.version == activeVersion)
    }
}
