/// A village or urban block as `vn.khuyenhoc.Registry` gives it (`Community` in the interface).
public struct CommunityInfo: Codable, Sendable, Hashable {
    public var id: Int64
    public var commune: CommuneReference
    public var name: String
    /// `village` or `urbanBlock`.
    public var kind: String

    public init(id: Int64, commune: CommuneReference, name: String, kind: String) {
        self.id = id
        self.commune = commune
        self.name = name
        self.kind = kind
    }
}
