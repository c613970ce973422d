import GRDB

/// The insert statements of one batch, prepared once per table and bound to each record's
/// ``RegistryRecord/values``: a batch of 200,000 people spends its time in SQLite, not in building
/// statements.
struct BatchStatements {
    private let db: Database
    private var statements: [RegistryEntity: Statement] = [:]

    init(_ db: Database) {
        self.db = db
    }

    /// Checks `record` and inserts it.
    mutating func insert<Record: RegistryRecord>(_ record: Record) throws {
        try record.validate()
        try insert(StatementArguments(record.values), as: Record.self)
    }

    /// Inserts a record of type `type` whose values (checked, in ``RegistryRecord/columns`` order)
    /// are `arguments`.
    mutating func insert(_ arguments: StatementArguments, as type: any RegistryRecord.Type) throws {
        let statement: Statement
        if let prepared = statements[type.entity] {
            statement = prepared
        } else {
            statement = try db.makeStatement(sql: type.insertSQL)
            statements[type.entity] = statement
        }
        // The values match the statement's columns by construction: skip GRDB's count check.
        statement.setUncheckedArguments(arguments)
        do {
            try statement.execute()
        } catch {
            // SQLite keeps a failed statement's error until it is reset, and GRDB's reset before the
            // next binding would trap on it: prepare a fresh statement for the next row instead.
            statements[type.entity] = nil
            throw error
        }
    }
}
