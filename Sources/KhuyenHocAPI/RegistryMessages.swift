/// `vn.khuyenhoc.Registry.ListCommunes` parameters.
public struct ListCommunesParameters: Codable, Sendable {
    /// Words of the name, ignoring case and diacritics.
    public var query: String?
    /// YYYY-MM-DD: only the communes that existed that day.
    public var asOf: String?
    public var limit: Int?
    public var cursor: String?

    public init(query: String? = nil, asOf: String? = nil, limit: Int? = nil, cursor: String? = nil) {
        self.query = query
        self.asOf = asOf
        self.limit = limit
        self.cursor = cursor
    }
}

/// `vn.khuyenhoc.Registry.ListCommunes` reply.
public struct ListCommunesReply: Codable, Sendable {
    public var communes: [CommuneInfo]
    /// The cursor of the next page; nil on the last.
    public var nextCursor: String?

    public init(communes: [CommuneInfo], nextCursor: String?) {
        self.communes = communes
        self.nextCursor = nextCursor
    }
}

/// `vn.khuyenhoc.Registry.GetCommune` parameters.
public struct GetCommuneParameters: Codable, Sendable {
    public var code: String
    public var asOf: String?

    public init(code: String, asOf: String? = nil) {
        self.code = code
        self.asOf = asOf
    }
}

/// `vn.khuyenhoc.Registry.GetCommune` reply.
public struct GetCommuneReply: Codable, Sendable {
    public var commune: CommuneInfo

    public init(commune: CommuneInfo) {
        self.commune = commune
    }
}
