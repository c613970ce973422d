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
    /// A rubric version by name, e.g. "2015"; nil takes the one for `year`, else the active one.
    public var version: String?
    /// The year to pick the rubric for.
    public var year: Int?

    public init(model: String, variant: String? = nil, version: String? = nil, year: Int? = nil) {
        self.model = model
        self.variant = variant
        self.version = version
        self.year = year
    }
}

/// `vn.khuyenhoc.Models.GetRubric` reply.
public struct GetRubricReply: Codable, Sendable {
    public var rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }
}

/// `vn.khuyenhoc.Models.CheckRubric` parameters: a rubric file's text, checked by the plugin of
/// the model it names, without putting it in force.
public struct CheckRubricParameters: Codable, Sendable {
    public var text: String
    /// The file name, to quote in problems.
    public var file: String?

    public init(text: String, file: String? = nil) {
        self.text = text
        self.file = file
    }
}

/// `vn.khuyenhoc.Models.CheckRubric` reply.
public struct CheckRubricReply: Codable, Sendable {
    public var verdict: RubricFileVerdict

    public init(verdict: RubricFileVerdict) {
        self.verdict = verdict
    }
}

/// `vn.khuyenhoc.Models.ListRubricFiles` reply.
public struct ListRubricFilesReply: Codable, Sendable {
    /// The rubric folder the daemon reads.
    public var directory: String
    /// Every `*.json` file found there at the last start or reload, by name.
    public var files: [RubricFile]

    public init(directory: String, files: [RubricFile]) {
        self.directory = directory
        self.files = files
    }
}

/// `vn.khuyenhoc.Models.ReleaseModel` parameters.
public struct ReleaseModelParameters: Codable, Sendable {
    public var model: String

    public init(model: String) {
        self.model = model
    }
}

/// `vn.khuyenhoc.Models.ReleaseModel` reply: the model as it is after the reload.
public struct ReleaseModelReply: Codable, Sendable {
    public var model: ModelInfo

    public init(model: ModelInfo) {
        self.model = model
    }
}
