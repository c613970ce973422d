/// `vn.khuyenhoc.Registry.AddHousehold` parameters.
public struct AddHouseholdParameters: Codable, Sendable {
    public var communityID: Int64
    public var code: String?
    public var name: String
    /// Nil adds a household without members.
    public var members: [NewMember]?

    public init(communityID: Int64, code: String? = nil, name: String, members: [NewMember]? = nil) {
        self.communityID = communityID
        self.code = code
        self.name = name
        self.members = members
    }
}

/// `vn.khuyenhoc.Registry.UpdateHousehold` parameters: the household's id and all its new values.
public struct UpdateHouseholdParameters: Codable, Sendable {
    public var id: Int64
    public var communityID: Int64
    public var code: String?
    public var name: String

    public init(id: Int64, communityID: Int64, code: String? = nil, name: String) {
        self.id = id
        self.communityID = communityID
        self.code = code
        self.name = name
    }
}

/// The reply of `AddHousehold`, `UpdateHousehold` and `GetHousehold`.
public struct HouseholdReply: Codable, Sendable {
    public var household: HouseholdInfo

    public init(household: HouseholdInfo) {
        self.household = household
    }
}

/// `vn.khuyenhoc.Registry.ListHouseholds` parameters.
public struct ListHouseholdsParameters: Codable, Sendable {
    public var query: String?
    public var communeCode: String?
    public var communeAsOf: String?
    public var communityID: Int64?
    public var clanID: Int64?
    public var limit: Int?
    public var cursor: String?

    public init(
        query: String? = nil, communeCode: String? = nil, communeAsOf: String? = nil, communityID: Int64? = nil,
        clanID: Int64? = nil, limit: Int? = nil, cursor: String? = nil
    ) {
        self.query = query
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.communityID = communityID
        self.clanID = clanID
        self.limit = limit
        self.cursor = cursor
    }
}

/// `vn.khuyenhoc.Registry.ListHouseholds` reply.
public struct ListHouseholdsReply: Codable, Sendable {
    public var households: [HouseholdInfo]
    public var nextCursor: String?

    public init(households: [HouseholdInfo], nextCursor: String?) {
        self.households = households
        self.nextCursor = nextCursor
    }
}
