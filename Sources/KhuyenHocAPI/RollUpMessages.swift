/// `vn.khuyenhoc.Evaluation.EvaluateSubject` parameters.
public struct EvaluateSubjectParameters: Codable, Sendable {
    public var model: String
    public var id: Int64
    public var year: Int

    public init(model: String, id: Int64, year: Int) {
        self.model = model
        self.id = id
        self.year = year
    }
}

/// `vn.khuyenhoc.Evaluation.EvaluateSubject` reply.
public struct EvaluateSubjectReply: Codable, Sendable {
    /// The subject's latest stored result.
    public var result: EvaluationResult
    /// False when the subject's inputs were unchanged and nothing was stored for it.
    public var evaluated: Bool
    public var evaluatedAt: String
    public var counts: [ModelCount]

    public init(result: EvaluationResult, evaluated: Bool, evaluatedAt: String, counts: [ModelCount]) {
        self.result = result
        self.evaluated = evaluated
        self.evaluatedAt = evaluatedAt
        self.counts = counts
    }
}

/// `vn.khuyenhoc.Evaluation.EvaluateArea` parameters.
public struct EvaluateAreaParameters: Codable, Sendable {
    /// A commune's statistics code; nil for the whole district.
    public var area: String?
    public var year: Int

    public init(area: String?, year: Int) {
        self.area = area
        self.year = year
    }
}

/// `vn.khuyenhoc.Evaluation.EvaluateArea` reply.
public struct EvaluateAreaReply: Codable, Sendable {
    public var area: String?
    public var year: Int
    public var counts: [ModelCount]

    public init(area: String?, year: Int, counts: [ModelCount]) {
        self.area = area
        self.year = year
        self.counts = counts
    }
}
