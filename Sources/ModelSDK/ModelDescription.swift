/// What a plugin says about its model when the host asks: names, dependencies and its rubric.
public struct ModelDescription: Codable, Sendable, Equatable {
    /// `citizen`, `family`, `clan`, `community` or `unit`.
    public var id: String
    public var title: String
    public var titleVi: String
    /// Models whose results this one's facts carry; the host evaluates those first.
    public var dependsOn: [String]
    /// The rubric the plugin scores with.
    public var rubric: RubricDocument

    public init(id: String, title: String, titleVi: String, dependsOn: [String], rubric: RubricDocument) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.dependsOn = dependsOn
        self.rubric = rubric
    }
}
