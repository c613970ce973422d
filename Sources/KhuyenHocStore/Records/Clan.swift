import GRDB

/// A clan or lineage (dòng họ) recorded by a commune: the subject of the Learning Clan model. Its
/// member households are ``ClanMembership`` records; a clan's households may live in several
/// communities of the commune.
public struct Clan: Codable, Sendable, Hashable {
    public var id: Int64?
    public var communeID: Int64
    /// The clan's name as the commune writes it: `Họ Nguyễn Văn`. Stored in NFC.
    public var name: String

    public init(id: Int64? = nil, communeID: Int64, name: String) {
        self.id = id
        self.communeID = communeID
        self.name = VietnameseText.normalized(name)
    }
}

extension Clan: RegistryRecord {
    public static let databaseTableName = "clans"
    static let entity = RegistryEntity.clan

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        communeID = try row.decode(forColumn: "commune_id")
        name = try row.decode(forColumn: "name")
    }

    static let columns = ["id", "commune_id", "name", "name_key", "sort_key"]

    var values: [(any DatabaseValueConvertible)?] {
        let name = VietnameseText.normalized(self.name)
        return [
            id,
            communeID,
            name,
            VietnameseText.searchKey(name),
            VietnameseText.sortKey(name),
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        try RegistryRules.checkName(name, of: .clan)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(.commune, communeID)] }
}
