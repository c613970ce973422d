/// `vn.khuyenhoc.Models.ListModels` reply.
public struct ListModelsReply: Codable, Sendable {
    public var models: [ModelInfo]

    public init(models: [ModelInfo]) {
        self.models = models
    }
}

/// `vn.khuyenhoc.Models.GetRubric` parameters.
public struct GetRubricParameters: Codable, Sendable {
    public var model: String
    public var variant: String?

    public init(model: String, variant: String? = nil) {
        self.model = model
        self.variant = variant
    }
}

/// `vn.khuyenhoc.Models.GetRubric` reply.
public struct GetRubricReply: Codable, Sendable {
    public var rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }
}
