/// One form of a rubric, e.g. the citizen rubric's form for farmers.
public struct RubricVariant: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    public var criteria: [Criterion]

    public init(id: String, title: String, titleVi: String, criteria: [Criterion]) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.criteria = criteria
    }
}
