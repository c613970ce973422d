import GRDB

/// The few things every operation does with a record, written once: check it, check what it
/// refers to, insert it, update it, fetch it by id.
enum RecordAccess {
    /// Whether a record of `entity` with `id` exists.
    static func exists(_ entity: RegistryEntity, id: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(entity.table) WHERE id = ?)", arguments: [id]) ?? false
    }

    /// Throws ``RegistryError/notFound(entity:id:)`` for the first record `record` refers to that
    /// does not exist.
    static func checkReferences(of record: some RegistryRecord, in db: Database) throws {
        for reference in record.references where try !exists(reference.entity, id: reference.id, in: db) {
            throw RegistryError.notFound(entity: reference.entity, id: reference.id)
        }
    }

    /// Checks `record` and what it refers to, inserts it, and returns it with its id.
    static func insert<Record: RegistryRecord>(_ record: Record, in db: Database) throws -> Record {
        try record.validate()
        try checkReferences(of: record, in: db)
        var inserted = record
        try inserted.insert(db)
        return inserted
    }

    /// Checks `record` and replaces the stored record with its id; returns it as stored.
    static func update<Record: RegistryRecord>(_ record: Record, id: Int64?, in db: Database) throws -> Record {
        guard let id else {
            throw RegistryError.constraintViolated(entity: Record.entity, field: "id", reason: "is required to update a record")
        }
        guard try exists(Record.entity, id: id, in: db) else { throw RegistryError.notFound(entity: Record.entity, id: id) }
        try record.validate()
        try checkReferences(of: record, in: db)
        try record.update(db)
        return try fetch(Record.self, id: id, in: db)
    }

    /// The record of type `Record` with `id`, or ``RegistryError/notFound(entity:id:)``.
    static func fetch<Record: RegistryRecord>(_ type: Record.Type, id: Int64, in db: Database) throws -> Record {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(Record.entity.table) WHERE id = ?", arguments: [id]) else {
            throw RegistryError.notFound(entity: Record.entity, id: id)
        }
        return try Record(row: row)
    }
}
