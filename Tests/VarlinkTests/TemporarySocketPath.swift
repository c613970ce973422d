import Foundation

/// A fresh Unix socket path under /tmp, short enough for `sun_path`.
enum TemporarySocketPath {
    static func make(_ tag: String = "vt") -> String {
        "/tmp/\(tag)-\(UUID().uuidString.prefix(12).lowercased()).sock"
    }
}
