/// What grants the title: a total threshold and a floor every indicator must reach.
public struct RecognitionRule: Codable, Sendable, Equatable {
    /// The least total points for the title.
    public var minimumTotal: Double
    /// The least points of every indicator, unless the indicator sets its own.
    public var indicatorFloor: Double?

    public init(minimumTotal: Double, indicatorFloor: Double? = nil) {
        self.minimumTotal = minimumTotal
        self.indicatorFloor = indicatorFloor
    }
}
