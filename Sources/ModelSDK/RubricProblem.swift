/// One thing wrong in a rubric file: the field (a path such as
/// `variants[0].criteria[1].indicators[2].maxPoints`) and what is wrong with it.
public struct RubricProblem: Codable, Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}

/// A rubric file that cannot be used, with every problem found in it.
public struct RubricFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name, or `built-in`.
    public var origin: String
    public var problems: [RubricProblem]

    public init(origin: String, problems: [RubricProblem]) {
        self.origin = origin
        self.problems = problems
    }

    public var description: String { problems.map { "\(origin): \($0)" }.joined(separator: "\n") }
}
