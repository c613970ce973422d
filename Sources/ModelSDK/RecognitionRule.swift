/// What grants the title: a total threshold, floors, gates (on the indicators) and grade bands.
public struct RecognitionRule: Codable, Sendable, Equatable {
    /// The least total points for the title.
    public var minimumTotal: Double
    /// The least points of every `points` indicator that sets no floor of its own.
    public var indicatorFloor: Double?
    /// Grade bands, highest first; empty when the rubric grants the title without a grade.
    public var grades: [GradeBand]

    public init(minimumTotal: Double, indicatorFloor: Double? = nil, grades: [GradeBand] = []) {
        self.minimumTotal = minimumTotal
        self.indicatorFloor = indicatorFloor
        self.grades = grades
    }
}
