import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks at start, before the registry is opened, that the state folder can take the daemon's
/// writes, so that a read-only, forbidden or full folder stops the start with one line that says
/// which folder, why and what to do, instead of a SQLite error halfway through creating files.
///
/// An existing registry on a read-only folder is refused too rather than served for reading:
/// opening it in WAL mode writes its shared-memory index, and a daemon that cannot record a
/// delivered reminder would have to drop it or hold it unrecorded (ARCHITECTURE.md decision 9).
/// An existing registry on a full disk starts as long as SQLite can create its WAL index
/// (``openingBytes``): reads need no more room, and each write is answered with `StorageFull`
/// until there is room again. With not even that room, the start stops with the same kind of line.
enum StateFolderCheck {
    /// What a new, empty registry needs, with a margin: measured, its schema takes 0.7 MB in the
    /// file and 1.3 MB of WAL, and the shared-memory index 32 KiB.
    static let newRegistryBytes = 3 << 20

    /// What opening an existing registry may need: SQLite's WAL index (32 KiB) and the WAL's header.
    static let openingBytes = 64 << 10

    /// Throws when `folder`, or a registry file already in it, cannot be written, or when a new
    /// registry (`registryExists` false) would not fit on its disk.
    static func check(_ folder: String, registryFile: String, registryExists: Bool) throws(DaemonError) {
        if access(folder, W_OK | X_OK) != 0 {
            throw .stateFolderNotWritable(folder, String(cString: strerror(errno)))
        }
        for path in [registryFile, registryFile + "-wal", registryFile + "-shm"] where access(path, F_OK) == 0 {
            if access(path, R_OK | W_OK) != 0 { throw .stateFolderNotWritable(path, String(cString: strerror(errno))) }
        }
        guard !registryExists else { return }
        var information = statvfs()
        guard statvfs(folder, &information) == 0 else { return }
        let free = Int(information.f_bavail) * Int(information.f_frsize)
        if free < newRegistryBytes || outOfInodes(information) { throw full(folder, needed: newRegistryBytes, for: "a new registry") }
    }

    /// The error for a start that needs `needed` bytes on the disk of `folder`, for `purpose`.
    static func full(_ folder: String, needed: Int, for purpose: String) -> DaemonError {
        .stateFolderFull(folder, free: freeBytes(folder), need: "\(purpose) needs \(needed / 1024) KiB")
    }

    static func freeBytes(_ folder: String) -> Int {
        var information = statvfs()
        guard statvfs(folder, &information) == 0 else { return 0 }
        return Int(information.f_bavail) * Int(information.f_frsize)
    }

    /// Whether the disk of `folder` has less than `bytes` free now: tells a start that failed for
    /// want of room from one that failed otherwise.
    static func isFull(_ folder: String, below bytes: Int) -> Bool {
        var information = statvfs()
        guard statvfs(folder, &information) == 0 else { return false }
        return Int(information.f_bavail) * Int(information.f_frsize) < bytes || outOfInodes(information)
    }

    /// Some file systems (btrfs) count no inodes at all: only a count that ran out says full.
    private static func outOfInodes(_ information: statvfs) -> Bool {
        information.f_files > 0 && information.f_favail < 8
    }
}
