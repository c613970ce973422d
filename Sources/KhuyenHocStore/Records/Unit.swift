import GRDB

/// An agency, school, enterprise or cooperative at commune level: the subject of the Learning Unit
/// model. Its staff are ``UnitStaffMember`` records.
public struct Unit: Codable, Sendable, Hashable {
    public var id: Int64?
    public var communeID: Int64
    /// The unit's name: `Trường Tiểu học Thanh Thùy`. Stored in NFC.
    public var name: String
    public var kind: UnitKind

    public init(id: Int64? = nil, communeID: Int64, name: String, kind: UnitKind) {
        self.id = id
        self.communeID = communeID
        self.name = VietnameseText.normalized(name)
        self.kind = kind
    }
}

extension Unit: RegistryRecord {
    public static let databaseTableName = "units"
    static let entity = RegistryEntity.unit

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        communeID = try row.decode(forColumn: "commune_id")
        name = try row.decode(forColumn: "name")
        kind = try row.decode(forColumn: "kind")
    }

    static let columns = ["id", "commune_id", "name", "name_key", "sort_key", "kind"]

    var values: [(any DatabaseValueConvertible)?] {
        let name = VietnameseText.normalized(self.name)
        return [
            id,
            communeID,
            name,
            VietnameseText.searchKey(name),
            VietnameseText.sortKey(name),
            kind,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        try RegistryRules.checkName(name, of: .unit)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(.commune, communeID)] }
}
