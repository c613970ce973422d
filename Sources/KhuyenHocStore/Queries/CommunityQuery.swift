/// Which communities to list. Every filter given must hold.
public struct CommunityQuery: Sendable, Hashable {
    /// Words the name must contain, each as the start of a word, ignoring case and marks.
    public var name: String?
    public var communeID: Int64?

    public init(name: String? = nil, communeID: Int64? = nil) {
        self.name = name
        self.communeID = communeID
    }
}
