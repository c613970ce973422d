/// A lineage (dòng họ): households of one commune that share a family name, based in one
/// community. The subject of the Learning Clan model. **Synthetic**.
public struct Clan: SampleRecord, Hashable {
    /// Dense from 1, in the order of generation.
    public let id: Int
    /// The statistics code of its commune; every member household is in it.
    public let communeCode: String
    /// The community the lineage comes from, where its households live.
    public let communityID: Int
    /// The family name every member household shares (`Household.familyName`).
    public let familyName: String
    /// "Họ Nguyễn thôn Phú Lạc".
    public let name: String
    /// Its member households' ids, in order.
    public let householdIDs: [Int]
    /// What the clan reports under the Learning Clan rubric.
    public let assessment: ClanAssessment

    public init(id: Int, communeCode: String, communityID: Int, familyName: String, name: String, householdIDs: [Int],
                assessment: ClanAssessment) {
        self.id = id
        self.communeCode = communeCode
        self.communityID = communityID
        self.familyName = familyName
        self.name = name
        self.householdIDs = householdIDs
        self.assessment = assessment
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
