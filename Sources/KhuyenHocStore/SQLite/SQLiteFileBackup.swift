import GRDB
import GRDBSQLite

/// SQLite's online backup into a new file through SQLite's own API rather than a GRDB
/// `DatabaseQueue`: a GRDB connection that closes frees its dispatch queue, and freeing a queue
/// that carries queue-specific values (GRDB's do) runs their destructors on a libdispatch worker
/// thread, whose workqueue monitor then wakes the idle daemon every second for good.
enum SQLiteFileBackup {
    /// Copies the database of `source` (in the caller's read transaction) into a new file at
    /// `path`, left in rollback-journal mode so that the copy is one self-contained file.
    static func copy(_ source: Database, to path: String) throws {
        var target: OpaquePointer?
        let opened = sqlite3_open_v2(path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        defer { sqlite3_close_v2(target) }
        guard opened == SQLITE_OK, let target else { throw failure(opened, target) }
        guard let backup = sqlite3_backup_init(target, "main", source.sqliteConnection, "main") else {
            throw failure(sqlite3_errcode(target), target)
        }
        let stepped = sqlite3_backup_step(backup, -1)
        let finished = sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE else { throw failure(stepped, target) }
        guard finished == SQLITE_OK else { throw failure(finished, target) }
        let journal = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nil, nil, nil)
        guard journal == SQLITE_OK else { throw failure(journal, target) }
    }

    private static func failure(_ code: Int32, _ connection: OpaquePointer?) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }
}
