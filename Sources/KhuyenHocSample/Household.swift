/// A household (hộ gia đình) of a community: the subject of the Learning Family model.
/// **Synthetic**.
public struct Household: SampleRecord, Hashable {
    /// Dense from 1, in the order of generation.
    public let id: Int
    /// The statistics code of its commune.
    public let communeCode: String
    /// The `Community` it lives in.
    public let communityID: Int
    /// The family name of the household's male line, which decides its clan: the head's, or,
    /// for a woman who heads the household without her husband, her children's (their father's).
    public let familyName: String
    /// Its members' `Person` ids, the head first; every person is in exactly one household.
    public let memberIDs: [Int]
    /// The `Clan` it belongs to, if any.
    public let clanID: Int?
    /// What the hamlet's association assesses for it under the Learning Family rubric.
    public let assessment: FamilyAssessment

    public init(id: Int, communeCode: String, communityID: Int, familyName: String, memberIDs: [Int], clanID: Int?,
                assessment: FamilyAssessment) {
        self.id = id
        self.communeCode = communeCode
        self.communityID = communityID
        self.familyName = familyName
        self.memberIDs = memberIDs
        self.clanID = clanID
        self.assessment = assessment
    }

    /// The head of household's `Person` id.
    public var headID: Int { memberIDs[0] }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
