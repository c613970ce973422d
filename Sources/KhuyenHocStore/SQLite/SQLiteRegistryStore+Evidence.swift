import GRDB

extension SQLiteRegistryStore {
    public func putEvidence(_ evidence: Evidence) async throws(RegistryError) -> Evidence {
        try await write(.evidence, row: .evidence(evidence)) { db in
            try RecordAccess.checkReferences(of: evidence, in: db)
            guard let stored = try Self.put(evidence, replacingBatchRowsUpTo: nil, in: db) else {
                throw RegistryError.storageFailed("the evidence was not stored")
            }
            return stored
        }
    }

    /// Stores `evidence`, replacing what was stored for its model, subject and year; returns it as
    /// stored. With `limit`, only a row whose id is at most `limit` is replaced (a row from before
    /// the batch), and nil is returned when a row of this batch is in the way.
    static func put(_ evidence: Evidence, replacingBatchRowsUpTo limit: Int64?, in db: Database) throws -> Evidence? {
        try evidence.validate()
        let onlyOlder = limit == nil ? "" : "WHERE evidence.id <= \(limit!)"
        // Cached: a batch puts thousands of pieces of evidence through the same statement.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO evidence (model, subject_id, year, facts, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (model, subject_id, year) DO UPDATE SET
                facts = excluded.facts, entered_by = excluded.entered_by, entered_at = excluded.entered_at
                \(onlyOlder)
            RETURNING *
            """)
        return try Evidence.fetchOne(
            statement,
            arguments: [
                evidence.model, evidence.subjectID, evidence.year, evidence.facts, Int64(evidence.enteredBy),
                Timestamp.string(from: evidence.enteredAt),
            ])
    }

    public func evidence(model: RegistryModel, subjectID: Int64, year: Int) async throws(RegistryError) -> Evidence? {
        try await read { db in
            try Evidence.fetchOne(
                db, sql: "SELECT * FROM evidence WHERE model = ? AND subject_id = ? AND year = ?",
                arguments: [model, subjectID, year])
        }
    }

    public func evidence(model: RegistryModel, year: Int, page: PageRequest) async throws(RegistryError) -> Page<Evidence> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "evidence t", sortKey: "''", id: "t.subject_id")
        sql.require("t.model = ?", model)
        sql.require("t.year = ?", year)
        return try await read { [sql] db in try sql.fetch(db, page: page, Evidence.init(row:)) }
    }
}
