/// `vn.khuyenhoc.Registry.AddPerson` parameters: the household and the person's fields, flat.
public struct AddPersonParameters: Codable, Sendable {
    public var householdID: Int64?
    public var person: NewMember

    public init(householdID: Int64?, person: NewMember) {
        self.householdID = householdID
        self.person = person
    }

    private enum CodingKeys: String, CodingKey {
        case householdID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        householdID = try container.decodeIfPresent(Int64.self, forKey: .householdID)
        person = try NewMember(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try person.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(householdID, forKey: .householdID)
    }
}

/// `vn.khuyenhoc.Registry.UpdatePerson` parameters: the person's id, household and fields, flat.
public struct UpdatePersonParameters: Codable, Sendable {
    public var id: Int64
    public var householdID: Int64?
    public var person: NewMember

    public init(id: Int64, householdID: Int64?, person: NewMember) {
        self.id = id
        self.householdID = householdID
        self.person = person
    }

    private enum CodingKeys: String, CodingKey {
        case id, householdID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        householdID = try container.decodeIfPresent(Int64.self, forKey: .householdID)
        person = try NewMember(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try person.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(householdID, forKey: .householdID)
    }
}

/// The reply of `AddPerson`, `UpdatePerson` and `GetPerson`.
public struct PersonReply: Codable, Sendable {
    public var person: PersonInfo

    public init(person: PersonInfo) {
        self.person = person
    }
}

/// `vn.khuyenhoc.Registry.ListPeople` parameters.
public struct ListPeopleParameters: Codable, Sendable {
    public var query: String?
    public var communeCode: String?
    public var communeAsOf: String?
    public var householdID: Int64?
    public var limit: Int?
    public var cursor: String?

    public init(
        query: String? = nil, communeCode: String? = nil, communeAsOf: String? = nil, householdID: Int64? = nil,
        limit: Int? = nil, cursor: String? = nil
    ) {
        self.query = query
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.householdID = householdID
        self.limit = limit
        self.cursor = cursor
    }
}

/// `vn.khuyenhoc.Registry.ListPeople` reply.
public struct ListPeopleReply: Codable, Sendable {
    public var people: [PersonInfo]
    public var nextCursor: String?

    public init(people: [PersonInfo], nextCursor: String?) {
        self.people = people
        self.nextCursor = nextCursor
    }
}
