/// `vn.khuyenhoc.Registry.AddCommunity` parameters.
public struct AddCommunityParameters: Codable, Sendable {
    public var communeCode: String
    /// YYYY-MM-DD: picks the commune with `communeCode` that existed that day.
    public var communeAsOf: String?
    public var name: String
    /// `village` (the default) or `urbanBlock`.
    public var kind: String?

    public init(communeCode: String, communeAsOf: String? = nil, name: String, kind: String? = nil) {
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
        self.kind = kind
    }
}

/// `vn.khuyenhoc.Registry.UpdateCommunity` parameters: the community's id and all its new values.
public struct UpdateCommunityParameters: Codable, Sendable {
    public var id: Int64
    public var communeCode: String
    public var communeAsOf: String?
    public var name: String
    public var kind: String?

    public init(id: Int64, communeCode: String, communeAsOf: String? = nil, name: String, kind: String? = nil) {
        self.id = id
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
        self.kind = kind
    }
}

/// The reply of `AddCommunity`, `UpdateCommunity` and `GetCommunity`.
public struct CommunityReply: Codable, Sendable {
    public var community: CommunityInfo

    public init(community: CommunityInfo) {
        self.community = community
    }
}

/// `vn.khuyenhoc.Registry.ListCommunities` parameters.
public typealias ListCommunitiesParameters = CommuneListParameters

/// `vn.khuyenhoc.Registry.ListCommunities` reply.
public struct ListCommunitiesReply: Codable, Sendable {
    public var communities: [CommunityInfo]
    public var nextCursor: String?

    public init(communities: [CommunityInfo], nextCursor: String?) {
        self.communities = communities
        self.nextCursor = nextCursor
    }
}
