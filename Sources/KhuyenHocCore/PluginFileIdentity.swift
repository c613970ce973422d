import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which plugin file, exactly: a file replaced (new inode) or rewritten (new size or time) is
/// another file, and a plugin disabled after a crash loads again only as another file.
public struct PluginFileIdentity: Codable, Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// The modification time, in nanoseconds since 1970.
    public var modified: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The identity of the file at `path` (links followed, as `dlopen` follows them); nil when it
    /// cannot be read.
    public static func of(_ path: String) -> PluginFileIdentity? {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        return PluginFileIdentity(
            device: UInt64(information.st_dev), inode: UInt64(information.st_ino), size: Int64(information.st_size),
            modified: Int64(information.st_mtim.tv_sec) * 1_000_000_000 + Int64(information.st_mtim.tv_nsec))
    }
}
