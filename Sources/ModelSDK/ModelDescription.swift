/// What a plugin says about its model when the host asks: names, dependencies, measures and the
/// rubrics in force.
public struct ModelDescription: Codable, Sendable, Equatable {
    /// `citizen`, `family`, `clan`, `community` or `unit`.
    public var id: String
    public var title: String
    public var titleVi: String
    /// Models whose results this one's facts carry; the host evaluates those first.
    public var dependsOn: [String]
    /// What the plugin derives from the facts.
    public var measures: [MeasureDefinition]
    /// The version an evaluation uses when it names neither a version nor a year.
    public var activeVersion: String
    /// Every rubric in force, built-in or from files, oldest first.
    public var rubrics: [RubricDocument]

    public init(
        id: String, title: String, titleVi: String, dependsOn: [String], measures: [MeasureDefinition],
        activeVersion: String, rubrics: [RubricDocument]
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.dependsOn = dependsOn
        self.measures = measures
        self.activeVersion = activeVersion
        self.rubrics = rubrics
    }

    /// The rubric in force without a version or year named.
    public var activeRubric: RubricDocument? { rubrics.first { $0.version == activeVersion } }
}
