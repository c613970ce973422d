/// The rubric one subject is scored against: one variant of a `RubricDocument`, resolved.
public struct Rubric: Codable, Sendable, Equatable {
    public var model: String
    public var variant: String
    public var title: String
    public var titleVi: String
    public var version: String
    public var appliesFrom: Int?
    public var appliesUntil: Int?
    public var basis: RubricBasis
    /// `built-in`, or the rubric file it was read from.
    public var origin: String
    public var recognition: RecognitionRule
    public var criteria: [Criterion]

    /// Every indicator, in rubric order.
    public var indicators: [Indicator] { criteria.flatMap(\.indicators) }

    /// The most points a subject can earn.
    public var maxTotal: Double { criteria.reduce(0) { $0 + $1.maxPoints } }

    /// The floor that applies to an indicator, if any: its own, or for `points` indicators the
    /// rubric's `indicatorFloor`.
    public func floor(of indicator: Indicator) -> Double? {
        indicator.floor ?? (indicator.kind == .points ? recognition.indicatorFloor : nil)
    }
}
