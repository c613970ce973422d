/// One indicator (chỉ số) of a criterion, scored from 0 to `maxPoints`.
public struct Indicator: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String
    public var maxPoints: Double
    /// The least points this indicator needs for the title; nil takes the rubric's floor.
    public var floor: Double?

    public init(id: String, title: String, titleVi: String, maxPoints: Double, floor: Double? = nil) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.maxPoints = maxPoints
        self.floor = floor
    }
}
