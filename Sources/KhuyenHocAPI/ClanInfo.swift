/// A clan as `vn.khuyenhoc.Registry` gives it (`Clan` in the interface).
public struct ClanInfo: Codable, Sendable, Hashable {
    public var id: Int64
    public var commune: CommuneReference
    public var name: String

    public init(id: Int64, commune: CommuneReference, name: String) {
        self.id = id
        self.commune = commune
        self.name = name
    }
}
