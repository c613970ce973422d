import Foundation

/// Finds the daemon's socket: the `--socket` flag, else `$KHUYENHOC_SOCKET`, else the user socket
/// (`$XDG_RUNTIME_DIR/khuyenhoc/khuyenhocd.sock`), else the system socket when only it exists.
struct SocketLocator {
    static let systemSocket = "/run/khuyenhoc/khuyenhocd.sock"

    let environment: [String: String]
    var exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }

    func socket(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let variable = environment["KHUYENHOC_SOCKET"], !variable.isEmpty { return variable }
        let user = userSocket
        if !exists(user), exists(Self.systemSocket) { return Self.systemSocket }
        return user
    }

    /// Where the daemon listens in user mode, as the daemon itself computes it.
    var userSocket: String {
        let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/run/user/\(getuid())"
        return "\(runtime)/khuyenhoc/khuyenhocd.sock"
    }
}
