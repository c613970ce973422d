/// Which households to list. Every filter given must hold.
public struct HouseholdQuery: Sendable, Hashable {
    /// Words the name must contain, each as the start of a word, ignoring case and marks.
    public var name: String?
    public var communityID: Int64?
    public var communeID: Int64?
    /// Only the households of this clan.
    public var clanID: Int64?

    public init(name: String? = nil, communityID: Int64? = nil, communeID: Int64? = nil, clanID: Int64? = nil) {
        self.name = name
        self.communityID = communityID
        self.communeID = communeID
        self.clanID = clanID
    }
}
