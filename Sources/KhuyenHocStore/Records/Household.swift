import GRDB

/// A household (hộ gia đình) of a community: the subject of the Learning Family model. Its members
/// are ``Person`` records that name it.
public struct Household: Codable, Sendable, Hashable {
    public var id: Int64?
    public var communityID: Int64
    /// The commune's own number for the household, unique within the community when given.
    public var code: String?
    /// How the commune names the household, usually after its head: `Hộ ông Nguyễn Văn An`.
    /// Stored in NFC.
    public var name: String

    public init(id: Int64? = nil, communityID: Int64, code: String? = nil, name: String) {
        self.id = id
        self.communityID = communityID
        self.code = RegistryRules.optionalText(code)
        self.name = VietnameseText.normalized(name)
    }
}

extension Household: RegistryRecord {
    public static let databaseTableName = "households"
    static let entity = RegistryEntity.household

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        communityID = try row.decode(forColumn: "community_id")
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
    }

    static let columns = ["id", "community_id", "code", "name", "name_key", "sort_key"]

    var values: [(any DatabaseValueConvertible)?] {
        let name = VietnameseText.normalized(self.name)
        return [
            id,
            communityID,
            RegistryRules.optionalText(code),
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
        try RegistryRules.checkName(name, of: .household)
        try RegistryRules.checkText(code, of: .household, field: "code", maximum: 50)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(.community, communityID)] }
}
