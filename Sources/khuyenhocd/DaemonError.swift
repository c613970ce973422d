import Foundation

/// Why the daemon cannot start, in words an administrator can act on.
enum DaemonError: Error, CustomStringConvertible {
    case unknownGroup(String)
    case cannotCreateDirectory(String, String)
    case socketPathTooLong(String)
    case configuration(String, String)
    case symbolicLink(String)
    /// The state folder (or a registry file in it) cannot be written: the path and why
    /// (`Read-only file system`, `Permission denied`).
    case stateFolderNotWritable(String, String)
    /// The state folder's disk has no room for what the start must write: the folder, the bytes
    /// free, and what needs how much (`a new registry needs 3072 KiB`).
    case stateFolderFull(String, free: Int, need: String)

    var description: String {
        switch self {
        case .unknownGroup(let name):
            "the group \"\(name)\" does not exist; create it (systemd-sysusers) or leave --group out"
        case .cannotCreateDirectory(let path, let reason):
            "cannot create \(path): \(reason)"
        case .socketPathTooLong(let path):
            "the socket path \(path) is longer than 103 bytes; choose a shorter --socket"
        case .configuration(let source, let problem):
            "settings in \(source): \(problem)"
        case .symbolicLink(let path):
            "\(path) is a symbolic link; the daemon follows none where it keeps its files: remove it (or put the real file or folder there)"
        case .stateFolderNotWritable(let path, let reason):
            "the state folder cannot be written: \(path): \(reason); the daemon records every change and every delivered reminder there, so it does not run without it: make it writable (mount it read-write, or give the daemon's user write access) or choose another --state-dir, then start again; nothing was changed"
        case .stateFolderFull(let path, let free, let need):
            "the disk of the state folder \(path) is full: \(free / 1024) KiB free, and \(need); free some space, then start again; nothing was left behind"
        }
    }

    /// The daemon's exit status for it (sysexits.h): a state folder that cannot take the registry
    /// is `EX_CANTCREAT`, a setting `EX_CONFIG`, anything else a plain failure.
    var exitCode: Int32 {
        switch self {
        case .stateFolderNotWritable, .stateFolderFull: 73  // EX_CANTCREAT
        case .configuration: 78  // EX_CONFIG
        case .unknownGroup, .cannotCreateDirectory, .socketPathTooLong, .symbolicLink: 1
        }
    }
}
