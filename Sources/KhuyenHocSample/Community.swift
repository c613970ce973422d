/// A village (thôn) or urban block (tổ dân phố) of a commune: the subject of the Learning
/// Community model. **Synthetic**: the names are composed from common Sino-Vietnamese syllables
/// of village names; a match with a real place is a coincidence.
public struct Community: SampleRecord, Hashable {
    /// Dense from 1, in the order of generation; the same for the same seed and scale.
    public let id: Int
    /// The statistics code of its commune (one of `ThanhOai.communes2022`).
    public let communeCode: String
    public let kind: CommunityKind
    /// The name without its kind, in NFC: "Phú Lạc", or the number of an urban block, "3".
    public let name: String
    /// What the community reports under the Learning Community rubric.
    public let assessment: CommunityAssessment

    public init(id: Int, communeCode: String, kind: CommunityKind, name: String, assessment: CommunityAssessment) {
        self.id = id
        self.communeCode = communeCode
        self.kind = kind
        self.name = name
        self.assessment = assessment
    }

    /// "Thôn Phú Lạc", "Tổ dân phố 3".
    public var fullName: String {
        let kind = kind.titleVi
        return kind.prefix(1).uppercased() + kind.dropFirst() + " " + name
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
