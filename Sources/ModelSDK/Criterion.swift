/// One criterion (tiêu chí) of a rubric and its indicators.
public struct Criterion: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    public var indicators: [Indicator]

    public init(id: String, title: String, titleVi: String, indicators: [Indicator]) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.indicators = indicators
    }
}
