/// `vn.khuyenhoc.Registry.AddUnit` parameters.
public struct AddUnitParameters: Codable, Sendable {
    public var communeCode: String
    public var communeAsOf: String?
    public var name: String
    /// `agency`, `school`, `enterprise`, `cooperative` or `other`.
    public var kind: String

    public init(communeCode: String, communeAsOf: String? = nil, name: String, kind: String) {
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
        self.kind = kind
    }
}

/// `vn.khuyenhoc.Registry.UpdateUnit` parameters: the unit's id and all its new values.
public struct UpdateUnitParameters: Codable, Sendable {
    public var id: Int64
    public var communeCode: String
    public var communeAsOf: String?
    public var name: String
    public var kind: String

    public init(id: Int64, communeCode: String, communeAsOf: String? = nil, name: String, kind: String) {
        self.id = id
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.name = name
        self.kind = kind
    }
}

/// The reply of `AddUnit`, `UpdateUnit` and `GetUnit`.
public struct UnitReply: Codable, Sendable {
    public var unit: UnitInfo

    public init(unit: UnitInfo) {
        self.unit = unit
    }
}

/// `vn.khuyenhoc.Registry.ListUnits` parameters.
public struct ListUnitsParameters: Codable, Sendable {
    public var query: String?
    public var communeCode: String?
    public var communeAsOf: String?
    public var kind: String?
    public var limit: Int?
    public var cursor: String?

    public init(
        query: String? = nil, communeCode: String? = nil, communeAsOf: String? = nil, kind: String? = nil,
        limit: Int? = nil, cursor: String? = nil
    ) {
        self.query = query
        self.communeCode = communeCode
        self.communeAsOf = communeAsOf
        self.kind = kind
        self.limit = limit
        self.cursor = cursor
    }
}

/// `vn.khuyenhoc.Registry.ListUnits` reply.
public struct ListUnitsReply: Codable, Sendable {
    public var units: [UnitInfo]
    public var nextCursor: String?

    public init(units: [UnitInfo], nextCursor: String?) {
        self.units = units
        self.nextCursor = nextCursor
    }
}

/// `vn.khuyenhoc.Registry.PutStaffMember` parameters.
public struct PutStaffMemberParameters: Codable, Sendable {
    public var unitID: Int64
    public var personID: Int64
    public var role: String?
    public var trainedThisYear: Bool?
    public var digitalSkills: Bool?

    public init(unitID: Int64, personID: Int64, role: String? = nil, trainedThisYear: Bool? = nil, digitalSkills: Bool? = nil) {
        self.unitID = unitID
        self.personID = personID
        self.role = role
        self.trainedThisYear = trainedThisYear
        self.digitalSkills = digitalSkills
    }
}

/// `vn.khuyenhoc.Registry.PutStaffMember` reply.
public struct StaffMemberReply: Codable, Sendable {
    public var staffMember: StaffMemberInfo

    public init(staffMember: StaffMemberInfo) {
        self.staffMember = staffMember
    }
}

/// `vn.khuyenhoc.Registry.RemoveStaffMember` parameters.
public struct RemoveStaffMemberParameters: Codable, Sendable {
    public var unitID: Int64
    public var personID: Int64

    public init(unitID: Int64, personID: Int64) {
        self.unitID = unitID
        self.personID = personID
    }
}

/// `vn.khuyenhoc.Registry.ListStaff` parameters.
public struct ListStaffParameters: Codable, Sendable {
    public var unitID: Int64
    public var limit: Int?
    public var cursor: String?

    public init(unitID: Int64, limit: Int? = nil, cursor: String? = nil) {
        self.unitID = unitID
        self.limit = limit
        self.cursor = cursor
    }
}

/// `vn.khuyenhoc.Registry.ListStaff` reply.
public struct ListStaffReply: Codable, Sendable {
    public var staff: [StaffMemberInfo]
    public var nextCursor: String?

    public init(staff: [StaffMemberInfo], nextCursor: String?) {
        self.staff = staff
        self.nextCursor = nextCursor
    }
}
