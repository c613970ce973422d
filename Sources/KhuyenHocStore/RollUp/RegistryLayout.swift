/// The registry's structure as a roll-up reads it: every community, household, person, clan and
/// unit with only what composing facts needs (no names), so that a district of 200,000 people is
/// read in one pass and held in a few megabytes.
public struct RegistryLayout: Sendable {
    /// A person as the family and unit models see them.
    public struct Member: Sendable, Hashable {
        public var id: Int64
        public var householdID: Int64?
        public var birthYear: Int
        public var targetGroup: String?
        public var inSchool: Bool
        public var completedUniversalEducation: Bool
        public var literate: Bool
        public var studiedThisYear: Bool
        public var goodConduct: Bool
        public var resultsAverageOrBetter: Bool

        public init(
            id: Int64, householdID: Int64?, birthYear: Int, targetGroup: String? = nil, inSchool: Bool = false,
            completedUniversalEducation: Bool = false, literate: Bool = false, studiedThisYear: Bool = false,
            goodConduct: Bool = false, resultsAverageOrBetter: Bool = false
        ) {
            self.id = id
            self.householdID = householdID
            self.birthYear = birthYear
            self.targetGroup = targetGroup
            self.inSchool = inSchool
            self.completedUniversalEducation = completedUniversalEducation
            self.literate = literate
            self.studiedThisYear = studiedThisYear
            self.goodConduct = goodConduct
            self.resultsAverageOrBetter = resultsAverageOrBetter
        }
    }

    /// A record that belongs to a parent: a household to its community, a community, clan or
    /// unit to its commune.
    public struct Placement: Sendable, Hashable {
        public var id: Int64
        public var parentID: Int64

        public init(id: Int64, parentID: Int64) {
            self.id = id
            self.parentID = parentID
        }
    }

    /// A person on a unit's staff with what the unit model takes about them at work.
    public struct Staff: Sendable, Hashable {
        public var unitID: Int64
        public var personID: Int64
        public var trainedThisYear: Bool
        public var digitalSkills: Bool

        public init(unitID: Int64, personID: Int64, trainedThisYear: Bool = false, digitalSkills: Bool = false) {
            self.unitID = unitID
            self.personID = personID
            self.trainedThisYear = trainedThisYear
            self.digitalSkills = digitalSkills
        }
    }

    /// Communities by commune.
    public var communities: [Placement]
    /// Households by community.
    public var households: [Placement]
    public var people: [Member]
    /// Clans by commune.
    public var clans: [Placement]
    /// Clan memberships: `id` is the household, `parentID` the clan.
    public var clanHouseholds: [Placement]
    /// Units by commune.
    public var units: [Placement]
    public var staff: [Staff]

    public init(
        communities: [Placement] = [], households: [Placement] = [], people: [Member] = [], clans: [Placement] = [],
        clanHouseholds: [Placement] = [], units: [Placement] = [], staff: [Staff] = []
    ) {
        self.communities = communities
        self.households = households
        self.people = people
        self.clans = clans
        self.clanHouseholds = clanHouseholds
        self.units = units
        self.staff = staff
    }
}
