/// What became of one rubric file.
public struct RubricFileVerdict: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// The file is valid and in force.
        case loaded
        /// The file cannot be used; see `problems`.
        case rejected
    }

    public var file: String
    public var status: Status
    /// The version the file gives (or, when rejected but kept, the version still in force from it).
    public var version: String?
    /// Rejected, but the version read from this file before stays in force.
    public var keptPrevious: Bool
    /// The built-in versions this file replaces.
    public var replaces: [String]
    public var problems: [RubricProblem]

    public init(file: String, status: Status, version: String?, keptPrevious: Bool, replaces: [String], problems: [RubricProblem]) {
        self.file = file
        self.status = status
        self.version = version
        self.keptPrevious = keptPrevious
        self.replaces = replaces
        self.problems = problems
    }
}
