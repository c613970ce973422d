import GRDB

extension SQLiteRegistryStore {
    public func storeResult(_ result: StoredResult) async throws(RegistryError) -> StoredResult {
        try await write(.result, row: .result(result)) { db in try RecordAccess.insert(result, in: db) }
    }

    public func latestResult(model: RegistryModel, subjectID: Int64, year: Int) async throws(RegistryError) -> StoredResult? {
        try await read { db in
            try StoredResult.fetchOne(
                db,
                sql: """
                    SELECT * FROM results WHERE model = ? AND subject_id = ? AND year = ?
                    ORDER BY evaluated_at DESC, id DESC LIMIT 1
                    """,
                arguments: [model, subjectID, year])
        }
    }

    public func results(model: RegistryModel, subjectID: Int64, year: Int?) async throws(RegistryError) -> [StoredResult] {
        try await read { db in
            if let year {
                return try StoredResult.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM results WHERE model = ? AND subject_id = ? AND year = ?
                        ORDER BY evaluated_at DESC, id DESC
                        """,
                    arguments: [model, subjectID, year])
            }
            return try StoredResult.fetchAll(
                db,
                sql: "SELECT * FROM results WHERE model = ? AND subject_id = ? ORDER BY year DESC, evaluated_at DESC, id DESC",
                arguments: [model, subjectID])
        }
    }
}
