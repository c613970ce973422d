import GRDB

/// A roll-up of the district appends some 400 MB of results in a few dozen commits. With SQLite's
/// automatic checkpoints each commit's pages were read back from the WAL, written into the file
/// and synced at once, on the path of the next commit; with them suspended the results are
/// committed (and synced) to the WAL only, and one checkpoint after the roll-up copies each page
/// once. A daemon stopped before that checkpoint loses nothing: SQLite checkpoints the WAL when
/// the last connection closes, or on the next write that finds it long.
extension SQLiteRegistryStore {
    /// SQLite's default: a checkpoint after a commit that leaves 1,000 pages or more in the WAL.
    static let automaticCheckpointPages = 1_000

    public func suspendCheckpoints(_ suspended: Bool) async throws(RegistryError) {
        guard writer is DatabasePool else { return }
        let pages = suspended ? 0 : Self.automaticCheckpointPages
        do {
            let writer = writer
            try await threads.write { try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") } }
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
    }

    public func checkpoint() async throws(RegistryError) {
        guard writer is DatabasePool else { return }
        do {
            let writer = writer
            _ = try await threads.write { try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
    }
}
