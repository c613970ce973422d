/// `vn.khuyenhoc.Registry.AddClan` parameters.
public struct AddClanParameters: Codable, Sendable {
    public var communeCode: String
    public var communeAsOf: String?
    public var name: String

    public init(communeCode: String, communeAsOf: String? = nil, name: String) {
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
    }
}

/// `vn.khuyenhoc.Registry.UpdateClan` parameters: the clan's id and all its new values.
public struct UpdateClanParameters: Codable, Sendable {
    public var id: Int64
    public var communeCode: String
    public var communeAsOf: String?
    public var name: String

    public init(id: Int64, communeCode: String, communeAsOf: String? = nil, name: String) {
        self.id = id
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
    }
}

/// The reply of `AddClan`, `UpdateClan` and `GetClan`.
public struct ClanReply: Codable, Sendable {
    public var clan: ClanInfo

    public init(clan: ClanInfo) {
        self.clan = clan
    }
}

/// `vn.khuyenhoc.Registry.ListClans` parameters.
public typealias ListClansParameters = CommuneListParameters

/// `vn.khuyenhoc.Registry.ListClans` reply.
public struct ListClansReply: Codable, Sendable {
    public var clans: [ClanInfo]
    public var nextCursor: String?

    public init(clans: [ClanInfo], nextCursor: String?) {
        self.clans = clans
        self.nextCursor = nextCursor
    }
}

/// `vn.khuyenhoc.Registry.AddClanMembers` parameters.
public struct AddClanMembersParameters: Codable, Sendable {
    public var clanID: Int64
    public var householdIDs: [Int64]

    public init(clanID: Int64, householdIDs: [Int64]) {
        self.clanID = clanID
        self.householdIDs = householdIDs
    }
}

/// `vn.khuyenhoc.Registry.RemoveClanMember` parameters.
public struct RemoveClanMemberParameters: Codable, Sendable {
    public var clanID: Int64
    public var householdID: Int64

    public init(clanID: Int64, householdID: Int64) {
        self.clanID = clanID
        self.householdID = householdID
    }
}
