import Varlink

/// One stored evaluation as `vn.khuyenhoc.Registry.ListResults` shows it (`StoredResult`).
public struct StoredResultInfo: Codable, Sendable, Equatable {
    public var year: Int
    public var rubricVersion: String
    public var recognized: Bool
    public var total: Double
    public var grade: String?
    /// UTC, to the millisecond.
    public var evaluatedAt: String
    /// The whole result, as `vn.khuyenhoc.Evaluation`'s `Result`.
    public var result: JSONValue

    public init(year: Int, rubricVersion: String, recognized: Bool, total: Double, grade: String?, evaluatedAt: String, result: JSONValue) {
        self.year = year
        self.rubricVersion = rubricVersion
        self.recognized = recognized
        self.total = total
        self.grade = grade
        self.evaluatedAt = evaluatedAt
        self.result = result
    }
}
