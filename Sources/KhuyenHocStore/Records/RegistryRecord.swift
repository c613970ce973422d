import GRDB

/// What the store needs of every record it writes: its kind, its own checks, and the records it
/// refers to (so that a missing one is reported as ``RegistryError/notFound(entity:id:)``).
protocol RegistryRecord: MutablePersistableRecord, FetchableRecord, Sendable {
    static var entity: RegistryEntity { get }
    /// Throws the first rule the record breaks.
    func validate() throws(RegistryError)
    /// The records this one refers to, by kind and id.
    var references: [(entity: RegistryEntity, id: Int64)] { get }
    /// The table's columns, in the order of ``values``.
    static var columns: [String] { get }
    /// What the record stores: names in NFC with their search and sort keys. `encode(to:)` writes
    /// these, and a batch binds them to one prepared statement per table.
    var values: [(any DatabaseValueConvertible)?] { get }
}

extension RegistryRecord {
    var references: [(entity: RegistryEntity, id: Int64)] { [] }

    /// The statement that inserts one record, its values bound in ``columns`` order.
    static var insertSQL: String {
        "INSERT INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}
