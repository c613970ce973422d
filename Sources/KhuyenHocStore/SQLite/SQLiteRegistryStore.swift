import Foundation
import GRDB

/// The registry in SQLite through GRDB: a file in the daemon's state folder, in WAL mode, so that
/// readers never wait for a writer and a killed process leaves the last committed state; or a
/// private in-memory database for tests.
///
/// ```swift
/// let store = try SQLiteRegistryStore(path: "/var/lib/khuyenhoc/registry.sqlite")
/// let memory = try SQLiteRegistryStore.inMemory()
/// ```
///
/// Opening runs the schema's migrations (``RegistrySchema``) that the file has not had yet, so an
/// older file is brought up to date and a current one is left as it is. Foreign keys are enforced.
/// Commits are synchronous to disk (`synchronous = FULL`): the registry is the district's record,
/// and one commit per import costs little.
public final class SQLiteRegistryStore: RegistryStore {
    let writer: any DatabaseWriter
    /// The threads that run its database work.
    let threads = DatabaseThreads()
    /// The database file, or nil for an in-memory store.
    public let path: String?

    /// Opens (creating it if needed) the registry at `path`.
    public convenience init(path: String) throws(RegistryError) {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
            try pool.writeWithoutTransaction { db in
                // GRDB sets NORMAL with WAL, which may lose the last commits on power loss.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // The writer's page cache holds an import's index pages (a district's 200,000 people
                // fit); SQLite's default of 2 MiB spills them to the WAL again and again.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
            }
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
        try self.init(writer: pool, path: path)
    }

    /// A new, empty registry in memory, gone when the store is.
    public static func inMemory() throws(RegistryError) -> SQLiteRegistryStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
        return try SQLiteRegistryStore(writer: queue, path: nil)
    }

    init(writer: any DatabaseWriter, path: String?) throws(RegistryError) {
        self.writer = writer
        self.path = path
        do {
            try RegistrySchema.migrator.migrate(writer)
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
    }

    /// Closes the database; with the last connection gone SQLite checkpoints the WAL into the file
    /// and removes it, so that the file alone holds the registry (and may be moved). The store is
    /// unusable afterwards.
    public func close() throws(RegistryError) {
        do {
            if let pool = writer as? DatabasePool { try pool.close() }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
    }

    /// The page size of a new registry file, in bytes.
    static let pageSize = 16_384

    /// The writer's page cache in KiB: a limit, not an allocation.
    static let writerCacheKiB = 65_536

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a backup, the CLI's dry run) may hold the file for a moment.
        configuration.busyMode = .timeout(10)
        configuration.label = "KhuyenHocStore"
        // Readers stay open for the store's life, and `releaseMemory()` empties their caches
        // instead of closing them: a closing connection frees its GRDB dispatch queue, and that
        // runs the queue-specific values' destructors on a libdispatch worker thread, whose
        // workqueue monitor then wakes the idle daemon every second (DatabaseThreads).
        configuration.persistentReadOnlyConnections = true
        configuration.prepareDatabase { db in
            // Only a new file takes it (an existing one keeps its page size): a stored result of
            // 2–3 kB fills a 4 kB page alone, so with 16 kB pages the results take a third less
            // room and a roll-up writes a third fewer bytes (README, "Evidence and stored evaluation").
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
        }
        return configuration
    }

    // MARK: Transactions

    /// Runs `body` in one write transaction; any error rolls it back and is read as a
    /// ``RegistryError`` about `entity` (and `row`, when given).
    func write<T: Sendable>(
        _ entity: RegistryEntity, row: RegistryRow? = nil, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws(RegistryError) -> T {
        let writer = writer
        do {
            return try await threads.write { try writer.write(body) }
        } catch {
            throw DatabaseErrorMapping.registryError(error, entity: entity, row: row)
        }
    }

    /// Runs `body` in one read transaction, so that it sees one committed state.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(RegistryError) -> T {
        let writer = writer
        do {
            return try await threads.read { try writer.read(body) }
        } catch {
            throw DatabaseErrorMapping.storageError(error)
        }
    }
}

extension SQLiteRegistryStore {
    /// Frees what every connection's page cache holds (after a roll-up the writer's holds up to
    /// ``writerCacheKiB``); the caches fill again as they are used.
    public func releaseMemory() async {
        let writer = writer
        // On the write thread: releasing the writer's cache waits for the write in progress.
        await threads.writes.run {
            if let pool = writer as? DatabasePool { pool.releaseMemory() }
            if let queue = writer as? DatabaseQueue { queue.releaseMemory() }
        }
    }
}
