import Varlink

/// `vn.khuyenhoc.Evaluation.Evaluate` parameters.
public struct EvaluateParameters: Codable, Sendable {
    public var model: String
    /// The model's facts; their shape is the model's own.
    public var facts: JSONValue
    public var year: Int?

    public init(model: String, facts: JSONValue, year: Int? = nil) {
        self.model = model
        self.facts = facts
        self.year = year
    }
}

/// `vn.khuyenhoc.Evaluation.Evaluate` reply.
public struct EvaluateReply: Codable, Sendable {
    public var result: EvaluationResult

    public init(result: EvaluationResult) {
        self.result = result
    }
}
