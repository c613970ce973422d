import Foundation

/// Why the daemon cannot start, in words an administrator can act on.
enum DaemonError: Error, CustomStringConvertible {
    case unknownGroup(String)
    case cannotCreateDirectory(String, String)
    case socketPathTooLong(String)
    case configuration(String, String)
    case symbolicLink(String)

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
        }
    }
}
