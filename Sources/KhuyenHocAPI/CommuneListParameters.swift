/// The parameters of the registry's lists that filter by commune only (`ListCommunities`,
/// `ListClans`): a name query, the commune's statistics code (and the day that picks a reused
/// code's commune), and the page.
public struct CommuneListParameters: Codable, Sendable {
    public var query: String?
    public var communeCode: String?
    public var communeAsOf: String?
    public var limit: Int?
    public var cursor: String?

    public init(query: String? = nil, communeCode: String? = nil, communeAsOf: String? = nil, limit: Int? = nil, cursor: String? = nil) {
        self.query = query
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.limit = limit
        self.cursor = cursor
    }
}
