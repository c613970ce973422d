/// A grade a recognised subject earns by its total, e.g. Circular 22's Good at 85 points.
public struct GradeBand: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    /// The least total of this grade; a subject takes the highest grade it reaches.
    public var minimumTotal: Double

    public init(id: String, title: String, titleVi: String, minimumTotal: Double) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.minimumTotal = minimumTotal
    }
}
