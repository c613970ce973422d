/// A value a plugin derives from a subject's facts (say, the share of a household's school-age
/// children in school), which a rubric's indicator can score through its `measure`.
public struct MeasureDefinition: Codable, Sendable, Equatable {
    public var id: String
    /// `share`, `count` or `met`: the kind of indicator that can use it.
    public var kind: IndicatorKind
    /// What is measured, in words.
    public var description: String
    public var descriptionVi: String

    public init(id: String, kind: IndicatorKind, description: String, descriptionVi: String) {
        self.id = id
        self.kind = kind
        self.description = description
        self.descriptionVi = descriptionVi
    }
}
