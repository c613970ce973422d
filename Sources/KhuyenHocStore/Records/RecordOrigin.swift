import GRDB

/// Where a run of records came from, and whether it is real: the sample district's population is
/// synthetic, its communes are not. The registry keeps these beside the records so that nothing
/// built on it can pass made-up people off as real ones.
///
/// ```swift
/// RecordOrigin(entity: .person, firstID: 1, lastID: 2000, synthetic: true, source: "sample district, seed 20221005")
/// ```
public struct RecordOrigin: Codable, Sendable, Hashable {
    /// The kind of the records.
    public var entity: RegistryEntity
    /// The first and last id of the run (ids of that kind from `firstID` through `lastID`).
    public var firstID: Int64
    public var lastID: Int64
    /// True for generated records.
    public var synthetic: Bool
    /// What the records were taken or generated from, in words.
    public var source: String

    public init(entity: RegistryEntity, firstID: Int64, lastID: Int64, synthetic: Bool, source: String) {
        self.entity = entity
        self.firstID = firstID
        self.lastID = lastID
        self.synthetic = synthetic
        self.source = source
    }
}

extension RecordOrigin: RegistryRecord {
    public static let databaseTableName = "record_origins"
    static let entity = RegistryEntity.recordOrigin

    public init(row: Row) throws {
        let name: String = try row.decode(forColumn: "entity")
        guard let entity = RegistryEntity(rawValue: name) else {
            throw RegistryError.storageFailed("record_origins names an unknown kind of record, \(name)")
        }
        self.entity = entity
        firstID = try row.decode(forColumn: "first_id")
        lastID = try row.decode(forColumn: "last_id")
        synthetic = try row.decode(forColumn: "synthetic")
        source = try row.decode(forColumn: "source")
    }

    static let columns = ["entity", "first_id", "last_id", "synthetic", "source"]

    var values: [(any DatabaseValueConvertible)?] {
        [entity.rawValue, firstID, lastID, synthetic, VietnameseText.normalized(source)]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    func validate() throws(RegistryError) {
        guard firstID <= lastID else { throw RegistryRules.violation(.recordOrigin, "lastID") }
        guard !VietnameseText.normalized(source).isEmpty else { throw RegistryRules.violation(.recordOrigin, "source") }
    }
}
