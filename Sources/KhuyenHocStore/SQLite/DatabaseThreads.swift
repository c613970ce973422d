import KhuyenHocThreads

/// The threads that run the store's database work with GRDB's synchronous API. GRDB's async API
/// would run it on libdispatch's workers, and their workqueue monitor wakes an idle daemon every
/// second. One thread for writes (SQLite takes one writer at a time, and GRDB's writer queue
/// ran them one by one in order as well) and as many for reads as a `DatabasePool` opens readers,
/// so that reads go on while a write runs, as with WAL they may. One set per store, so that one
/// database's long write never holds another's.
final class DatabaseThreads: Sendable {
    let writes = WorkerThreads(name: "khuyenhoc-db-w", count: 1)
    /// GRDB's default `maximumReaderCount`.
    let reads = WorkerThreads(name: "khuyenhoc-db-r", count: 5)

    /// Runs `work` (a synchronous GRDB write) on the write thread.
    func write<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await writes.run { Result { try work() } }.get()
    }

    /// Runs `work` (a synchronous GRDB read) on a read thread.
    func read<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await reads.run { Result { try work() } }.get()
    }
}
