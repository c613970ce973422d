/// One step of a share or count indicator: a value of at least `atLeast` earns `points`.
public struct Threshold: Codable, Sendable, Equatable {
    /// A percentage (share) or a count.
    public var atLeast: Double
    public var points: Double

    public init(atLeast: Double, points: Double) {
        self.atLeast = atLeast
        self.points = points
    }
}
