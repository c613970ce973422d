/// The outcome of scoring one subject: points per indicator and criterion, the title, and why
/// it was not reached.
public struct EvaluationResult: Codable, Sendable, Equatable {
    public var model: String
    public var variant: String
    public var rubricVersion: String
    public var year: Int?
    public var recognized: Bool
    public var total: Double
    public var maxTotal: Double
    /// The total the title needs.
    public var threshold: Double
    /// A grade band where the rubric has them; nil otherwise.
    public var grade: String?
    public var criteria: [CriterionResult]
    /// One entry per shortfall; empty when the title is granted.
    public var reasons: [Shortfall]
}

/// Points earned in one criterion; its titles are in the rubric.
public struct CriterionResult: Codable, Sendable, Equatable {
    public var id: String
    public var points: Double
    public var maxPoints: Double
    public var indicators: [IndicatorResult]
}

/// Points earned in one indicator, against its floor; its titles are in the rubric.
public struct IndicatorResult: Codable, Sendable, Equatable {
    public var id: String
    public var points: Double
    public var maxPoints: Double
    public var floor: Double?
    /// The indicator reaches its floor (true where it has none).
    public var meetsFloor: Bool
}

/// One reason the title was not granted, in English and Vietnamese.
public struct Shortfall: Codable, Sendable, Equatable {
    /// `belowFloor` or `belowThreshold`.
    public var code: String
    /// The indicator concerned, for `belowFloor`.
    public var indicator: String?
    /// The points missing.
    public var missingPoints: Double
    public var message: String
    public var messageVi: String
}
