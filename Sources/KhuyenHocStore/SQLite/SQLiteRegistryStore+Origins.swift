import GRDB

extension SQLiteRegistryStore {
    public func origins() async throws(RegistryError) -> [RecordOrigin] {
        try await read { db in try RecordOrigin.fetchAll(db, sql: "SELECT * FROM record_origins ORDER BY id") }
    }
}
