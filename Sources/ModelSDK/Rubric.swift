/// The rubric one subject is scored against: one variant of a `RubricDocument`, resolved.
public struct Rubric: Codable, Sendable, Equatable {
    public var model: String
    public var variant: String
    public var title: String
    public var titleVi: String
    public var version: String
    public var basis: RubricBasis
    public var recognition: RecognitionRule
    public var criteria: [Criterion]

    /// Every indicator, in rubric order.
    public var indicators: [Indicator] { criteria.flatMap(\.indicators) }

    /// The floor that applies to an indicator, if any.
    public func floor(of indicator: Indicator) -> Double? {
        indicator.floor ?? recognition.indicatorFloor
    }
}
