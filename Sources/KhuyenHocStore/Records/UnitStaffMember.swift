import GRDB

/// A person on a unit's staff, with what the Learning Unit model takes about them at work
/// (Plugins/Unit/README.md). Their Learning Citizen status is the person's own.
public struct UnitStaffMember: Codable, Sendable, Hashable {
    public var unitID: Int64
    public var personID: Int64
    /// The person's post, for people: `Hiệu trưởng`. Stored in NFC.
    public var role: String?
    /// Took a training or refresher course this year.
    public var trainedThisYear: Bool
    /// Has basic digital skills.
    public var digitalSkills: Bool

    public init(unitID: Int64, personID: Int64, role: String? = nil, trainedThisYear: Bool = false, digitalSkills: Bool = false) {
        self.unitID = unitID
        self.personID = personID
        self.role = RegistryRules.optionalText(role)
        self.trainedThisYear = trainedThisYear
        self.digitalSkills = digitalSkills
    }
}

extension UnitStaffMember: RegistryRecord {
    public static let databaseTableName = "unit_staff"
    static let entity = RegistryEntity.staffMember

    public init(row: Row) throws {
        unitID = try row.decode(forColumn: "unit_id")
        personID = try row.decode(forColumn: "person_id")
        role = try row.decode(forColumn: "role")
        trainedThisYear = try row.decode(forColumn: "trained_this_year")
        digitalSkills = try row.decode(forColumn: "digital_skills")
    }

    static let columns = ["unit_id", "person_id", "role", "trained_this_year", "digital_skills"]

    var values: [(any DatabaseValueConvertible)?] {
        return [
            unitID,
            personID,
            RegistryRules.optionalText(role),
            trainedThisYear,
            digitalSkills,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    func validate() throws(RegistryError) {
        try RegistryRules.checkText(role, of: .staffMember, field: "role", maximum: 100)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(.unit, unitID), (.person, personID)] }
}
