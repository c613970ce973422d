/// A clan while the district is generated; becomes a `Clan` at the end.
struct ClanDraft {
    var communityIndex: Int
    var familyName: String
    var householdIndices: [Int]
}
