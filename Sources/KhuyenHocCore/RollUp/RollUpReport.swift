import KhuyenHocStore

/// What a roll-up did, model by model in the order it evaluated them.
public struct RollUpReport: Sendable {
    public var year: Int
    public var models: [ModelTally]
    /// For a subject scope, what became of that subject.
    public var target: SubjectStatus?

    public init(year: Int, models: [ModelTally], target: SubjectStatus? = nil) {
        self.year = year
        self.models = models
        self.target = target
    }
}
