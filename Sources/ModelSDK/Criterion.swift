/// One criterion (tiêu chí) of a rubric and its indicators.
public struct Criterion: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    /// The least points the criterion needs for the title; nil when it has none.
    public var floor: Double?
    public var indicators: [Indicator]

    public init(id: String, title: String, titleVi: String, floor: Double? = nil, indicators: [Indicator]) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.floor = floor
        self.indicators = indicators
    }

    /// The points of all its indicators.
    public var maxPoints: Double { indicators.reduce(0) { $0 + $1.maxPoints } }
}
