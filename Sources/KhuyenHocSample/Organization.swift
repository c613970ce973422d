/// A unit at commune level — agency, school, health station, cooperative or company — with its
/// staff drawn from the commune's people: the subject of the Learning Unit model (named
/// `Organization` because Foundation has a `Unit`). **Synthetic**: the public units carry the
/// usual names of their kind ("Trường Tiểu học Cự Khê"); the companies' names are made up.
public struct Organization: SampleRecord, Hashable {
    /// Dense from 1, in the order of generation.
    public let id: Int
    /// The statistics code of its commune.
    public let communeCode: String
    public let kind: OrganizationKind
    /// "Ủy ban nhân dân xã Cự Khê", "Công ty TNHH Cơ khí Minh Phát" (NFC).
    public let name: String
    /// Its staff's `Person` ids, in order; each person works for at most one organization.
    public let staffIDs: [Int]
    /// What the unit reports under the Learning Unit rubric.
    public let assessment: UnitAssessment

    public init(id: Int, communeCode: String, kind: OrganizationKind, name: String, staffIDs: [Int], assessment: UnitAssessment) {
        self.id = id
        self.communeCode = communeCode
        self.kind = kind
        self.name = name
        self.staffIDs = staffIDs
        self.assessment = assessment
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
