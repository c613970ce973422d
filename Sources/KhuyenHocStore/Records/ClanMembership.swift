import GRDB

/// A household's membership of a clan.
public struct ClanMembership: Codable, Sendable, Hashable {
    public var clanID: Int64
    public var householdID: Int64

    public init(clanID: Int64, householdID: Int64) {
        self.clanID = clanID
        self.householdID = householdID
    }
}

extension ClanMembership: RegistryRecord {
    public static let databaseTableName = "clan_households"
    static let entity = RegistryEntity.clanMember

    public init(row: Row) throws {
        clanID = try row.decode(forColumn: "clan_id")
        householdID = try row.decode(forColumn: "household_id")
    }

    static let columns = ["clan_id", "household_id"]

    var values: [(any DatabaseValueConvertible)?] {
        return [
            clanID,
            householdID,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    func validate() throws(RegistryError) {}

    var references: [(entity: RegistryEntity, id: Int64)] { [(.clan, clanID), (.household, householdID)] }
}
