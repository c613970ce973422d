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
        let statement: Statement
        if let prepared = statements[Record.entity] {
            statement = prepared
        } else {
            statement = try db.makeStatement(sql: Record.insertSQL)
            statements[Record.entity] = statement
        }
        // The values match the statement's columns by construction: skip GRDB's count check.
        statement.setUncheckedArguments(StatementArguments(record.values))
        do {
            try statement.execute()
        } catch {
            // SQLite keeps a failed statement's error until it is reset, and GRDB's reset before the
            // next binding would trap on it: prepare a fresh statement for the next row instead.
            statements[Record.entity] = nil
            throw error
        }
    }
}
