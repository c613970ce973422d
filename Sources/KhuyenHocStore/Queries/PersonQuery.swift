/// Which people to list. Every filter given must hold.
public struct PersonQuery: Sendable, Hashable {
    /// Words the name must contain, each as the start of a word, ignoring case and marks.
    public var name: String?
    public var householdID: Int64?
    /// People living in a household of this commune.
    public var communeID: Int64?

    public init(name: String? = nil, householdID: Int64? = nil, communeID: Int64? = nil) {
        self.name = name
        self.householdID = householdID
        self.communeID = communeID
    }
}
