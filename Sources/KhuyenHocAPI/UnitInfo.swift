/// An agency, school, enterprise or cooperative as `vn.khuyenhoc.Registry` gives it (`Unit` in
/// the interface).
public struct UnitInfo: Codable, Sendable, Hashable {
    public var id: Int64
    public var commune: CommuneReference
    public var name: String
    /// `agency`, `school`, `enterprise`, `cooperative` or `other`.
    public var kind: String

    public init(id: Int64, commune: CommuneReference, name: String, kind: String) {
        self.id = id
        self.commune = commune
        self.name = name
        self.kind = kind
    }
}
