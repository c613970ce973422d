import Varlink

/// `vn.khuyenhoc.Evaluation.Evaluate` parameters.
public struct EvaluateParameters: Codable, Sendable {
    public var model: String
    /// The model's facts; their shape is the model's own.
    public var facts: JSONValue
    public var year: Int?
    /// A rubric version by name, e.g. "2015", to score under instead of the year's.
    public var rubricVersion: String?
    /// Score what is present; the result says it is incomplete and grants no title.
    public var partial: Bool?

    public init(model: String, facts: JSONValue, year: Int? = nil, rubricVersion: String? = nil, partial: Bool? = nil) {
        self.model = model
        self.facts = facts
        self.year = year
        self.rubricVersion = rubricVersion
        self.partial = partial
    }
}

/// `vn.khuyenhoc.Evaluation.Evaluate` reply.
public struct EvaluateReply: Codable, Sendable {
    public var result: EvaluationResult

    public init(result: EvaluationResult) {
        self.result = result
    }
}
