import KhuyenHocAPI

/// A rubric file as the daemon found it: its text and the model it names, ready for that
/// model's plugin, or the problems that keep it from any plugin.
public struct ScannedRubricFile: Sendable, Equatable {
    /// The file name.
    public var file: String
    /// The model the file names; nil when it names none.
    public var model: String?
    /// The file's text (UTF-8, byte order mark removed), when it is JSON that names a model.
    public var text: String?
    /// Why no plugin can be given the file; empty when `text` and `model` are set.
    public var problems: [RubricProblem]

    public init(file: String, model: String?, text: String?, problems: [RubricProblem]) {
        self.file = file
        self.model = model
        self.text = text
        self.problems = problems
    }
}
