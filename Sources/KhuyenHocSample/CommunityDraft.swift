/// A community while the district is generated; becomes a `Community` at the end.
struct CommunityDraft {
    var communeIndex: Int
    var kind: CommunityKind
    var name: String
    /// How active the community's learning movement is, in tenths of a point (about −18…+18).
    var engagement: Int
    var households: Range<Int> = 0..<0
}
