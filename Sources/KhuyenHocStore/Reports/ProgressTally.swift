/// One measure's subjects in an area for a year: all of them, registered or not (DOMAIN.md §5),
/// and how far they got.
public struct ProgressTally: Sendable, Hashable, Codable {
    /// Every subject in the area.
    public var total: Int
    /// Subjects with evidence entered for the year.
    public var registered: Int
    /// Subjects with at least one stored result for the year.
    public var evaluated: Int
    /// Subjects whose latest result for the year is recognised.
    public var recognized: Int

    public init(total: Int = 0, registered: Int = 0, evaluated: Int = 0, recognized: Int = 0) {
        self.total = total
        self.registered = registered
        self.evaluated = evaluated
        self.recognized = recognized
    }
}
