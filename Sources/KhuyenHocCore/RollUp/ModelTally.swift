import KhuyenHocStore

/// What a roll-up did with one model's subjects.
public struct ModelTally: Sendable, Hashable, Codable {
    /// One subject that could not be evaluated, and why.
    public struct Failure: Sendable, Hashable, Codable {
        public var id: Int64
        public var field: String
        public var reason: String
    }

    /// How many failures a tally keeps the reasons of.
    public static let keptFailures = 5

    public var model: RegistryModel
    /// Subjects covered: every one of the scope's, with or without evidence.
    public var subjects = 0
    /// Evaluated and stored now: new inputs, or a first result.
    public var evaluated = 0
    /// Left as they were: their inputs have the digest of their latest result.
    public var unchanged = 0
    /// Of the evaluated and unchanged, those holding the title.
    public var recognized = 0
    /// Without evidence for the year: not registered, so not evaluated (not a failure).
    public var skipped = 0
    /// Evidence the plugin refused, or facts that could not be composed.
    public var failed = 0
    /// The first few failures, by subject id.
    public var failures: [Failure] = []

    public init(model: RegistryModel) {
        self.model = model
    }

    mutating func fail(_ id: Int64, _ problem: CompositionProblem) {
        failed += 1
        if failures.count < Self.keptFailures { failures.append(Failure(id: id, field: problem.field, reason: problem.reason)) }
    }
}
