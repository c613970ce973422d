/// The outcome of scoring one subject: points per indicator and criterion, the title and grade,
/// every reason it was not reached and the least that would reach it.
public struct EvaluationResult: Codable, Sendable, Equatable {
    public var model: String
    public var variant: String
    public var rubricVersion: String
    public var year: Int?
    /// False for a partial evaluation with indicators missing; such a result grants no title.
    public var complete: Bool
    public var recognized: Bool
    public var total: Double
    public var maxTotal: Double
    /// The total the title needs.
    public var threshold: Double
    /// The grade band reached, where the rubric has them and the title is granted.
    public var grade: String?
    public var criteria: [CriterionResult]
    /// One entry per shortfall; empty when the title is granted.
    public var reasons: [Shortfall]
    /// The smallest set of indicator changes that would grant the title; empty when granted.
    public var improvements: [Improvement]
}

/// Points earned in one criterion; its titles are in the rubric.
public struct CriterionResult: Codable, Sendable, Equatable {
    public var id: String
    public var points: Double
    public var maxPoints: Double
    public var floor: Double?
    public var meetsFloor: Bool
    public var indicators: [IndicatorResult]
}

/// Points earned in one indicator, from what value, against its floor; titles are in the rubric.
public struct IndicatorResult: Codable, Sendable, Equatable {
    public var id: String
    public var kind: IndicatorKind
    public var points: Double
    public var maxPoints: Double
    /// The value scored: points, a percentage, a count, or 1/0 for met/not met; nil when not assessed
    /// or not applicable.
    public var value: Double?
    /// For a share derived from members: how many members it is a share of.
    public var of: Int?
    public var floor: Double?
    /// The indicator reaches its floor and, for a gate, is met.
    public var meetsFloor: Bool
    public var gate: Bool
    /// False when a partial evaluation had no value for it (scored 0).
    public var assessed: Bool
    /// A share of nobody (say, no school-age children): full points.
    public var notApplicable: Bool
}

/// One reason the title was not granted, in English and Vietnamese.
public struct Shortfall: Codable, Sendable, Equatable {
    /// `belowFloor`, `gateFailed`, `criterionBelowFloor`, `belowThreshold` or `incomplete`.
    public var code: String
    public var indicator: String?
    public var criterion: String?
    /// The points missing (0 for a gate or an incomplete result).
    public var missingPoints: Double
    public var message: String
    public var messageVi: String
}

/// One change in the smallest set that would grant the title.
public struct Improvement: Codable, Sendable, Equatable {
    public var indicator: String
    public var fromPoints: Double
    public var toPoints: Double
    /// For share and count indicators: the value now and the least value that earns `toPoints`.
    public var fromValue: Double?
    public var toValue: Double?
    public var message: String
    public var messageVi: String
}
