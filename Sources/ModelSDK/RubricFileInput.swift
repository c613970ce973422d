/// A rubric file as the host hands it to a plugin: its name and its text.
public struct RubricFileInput: Codable, Sendable, Equatable {
    public var file: String
    public var text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }
}
