import Foundation

/// A folder under /tmp, removed on deinit.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        var template = Array("/tmp/khrm-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        path = String(cString: created)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Writes an executable shell script.
    func script(_ name: String, _ text: String) throws -> String {
        let path = file(name)
        try ("#!/bin/sh\n" + text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
