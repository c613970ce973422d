import GRDB

/// A village or urban block (thôn, bản, ấp, tổ dân phố) of a commune: the subject of the Learning
/// Community model. Its name is unique within its commune, ignoring case and marks.
public struct Community: Codable, Sendable, Hashable {
    public var id: Int64?
    public var communeID: Int64
    /// The name as the commune writes it: `Thôn Đông`, `Tổ dân phố 3`. Stored in NFC.
    public var name: String
    public var kind: CommunityKind

    public init(id: Int64? = nil, communeID: Int64, name: String, kind: CommunityKind = .village) {
        self.id = id
        self.communeID = communeID
        self.name = VietnameseText.normalized(name)
        self.kind = kind
    }
}

extension Community: RegistryRecord {
    public static let databaseTableName = "communities"
    static let entity = RegistryEntity.community

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
        try RegistryRules.checkName(name, of: .community)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(.commune, communeID)] }
}
