import Foundation
import KhuyenHocCore
#if canImport(Glibc)
import Glibc
#endif

/// Symbolic links where the daemon keeps its files stop the start: SQLite follows a linked
/// `registry.sqlite` and would create or write the database wherever it points, and the spool
/// folder is emptied at start. The state folder is the daemon's own (0700), so a link there was
/// planted, and following it is never right.
enum StateFileLinks {
    static let names = ["", "-wal", "-shm", "-journal"].map { RegistryBootstrap.fileName + $0 } + ["spool"]
        + [PluginHealthKeeper.crashFileName, PluginHealthKeeper.healthFileName]

    /// Throws ``DaemonError/symbolicLink(_:)`` for the first of those files that is a link.
    static func refuse(in stateDirectory: String) throws {
        for name in names {
            let path = stateDirectory + "/" + name
            if isSymbolicLink(path) { throw DaemonError.symbolicLink(path) }
        }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var information = stat()
        return lstat(path, &information) == 0 && information.st_mode & S_IFMT == S_IFLNK
    }
}
