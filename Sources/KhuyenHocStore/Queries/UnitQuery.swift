/// Which units to list. Every filter given must hold.
public struct UnitQuery: Sendable, Hashable {
    /// Words the name must contain, each as the start of a word, ignoring case and marks.
    public var name: String?
    public var communeID: Int64?
    public var kind: UnitKind?

    public init(name: String? = nil, communeID: Int64? = nil, kind: UnitKind? = nil) {
        self.name = name
        self.communeID = communeID
        self.kind = kind
    }
}
