/// A household while the district is generated; becomes a `Household` at the end.
struct HouseholdDraft {
    var communityIndex: Int
    var communeIndex: Int
    /// The family name of the household's male line.
    var lineName: String
    /// How much the household cares for learning, in tenths of a point of a citizen indicator
    /// (about −26…+26): its community's engagement and its own.
    var engagement: Int
    var firstPerson: Int
    var size: Int
    var clanIndex: Int?
    var assessment: FamilyAssessment?

    var memberIndices: Range<Int> { firstPerson..<(firstPerson + size) }
}
