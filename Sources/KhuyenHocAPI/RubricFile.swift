/// One file found in the rubric folder and what became of it (`vn.khuyenhoc.Models.RubricFile`).
///
/// The plugin of the model the file names judges it (`RubricFileVerdict`); a file the daemon
/// cannot hand to any plugin (unreadable, not JSON, no model, no such plugin) is rejected by the
/// daemon itself, with `model` nil when the file names none.
public struct RubricFile: Codable, Sendable, Equatable {
    /// The file name in the rubric folder.
    public var file: String
    /// The model the file names.
    public var model: String?
    public var status: RubricFileVerdict.Status
    /// The version the file gives; for a rejected file kept in force, the version still served from it.
    public var version: String?
    /// Rejected, but what the file gave before stays in force.
    public var keptPrevious: Bool
    /// The built-in versions this file replaces.
    public var replaces: [String]
    public var problems: [RubricProblem]

    public init(
        file: String, model: String?, status: RubricFileVerdict.Status, version: String?, keptPrevious: Bool,
        replaces: [String], problems: [RubricProblem]
    ) {
        self.file = file
        self.model = model
        self.status = status
        self.version = version
        self.keptPrevious = keptPrevious
        self.replaces = replaces
        self.problems = problems
    }

    /// A plugin's verdict on a file of `model`.
    public init(_ verdict: RubricFileVerdict, model: String) {
        self.init(
            file: verdict.file, model: model, status: verdict.status, version: verdict.version,
            keptPrevious: verdict.keptPrevious, replaces: verdict.replaces, problems: verdict.problems)
    }

    /// A file the daemon rejected before any plugin saw it.
    public static func rejected(_ file: String, model: String?, _ problems: [RubricProblem]) -> RubricFile {
        RubricFile(file: file, model: model, status: .rejected, version: nil, keptPrevious: false, replaces: [], problems: problems)
    }
}
