/// What a roll-up did with one model's subjects (`vn.khuyenhoc.Evaluation.ModelCount`).
public struct ModelCount: Codable, Sendable, Equatable {
    public var model: String
    public var subjects: Int
    public var evaluated: Int
    public var unchanged: Int
    public var recognized: Int
    /// Without evidence for the year: not registered, not evaluated.
    public var skipped: Int
    public var failed: Int
    /// The first few failures.
    public var failures: [SubjectFailure]

    public init(
        model: String, subjects: Int, evaluated: Int, unchanged: Int, recognized: Int, skipped: Int, failed: Int,
        failures: [SubjectFailure]
    ) {
        self.model = model
        self.subjects = subjects
        self.evaluated = evaluated
        self.unchanged = unchanged
        self.recognized = recognized
        self.skipped = skipped
        self.failed = failed
        self.failures = failures
    }
}
