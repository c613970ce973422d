import Foundation

/// A fresh folder under /tmp, short enough for socket paths, removed when the test is done.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        var template = Array("/tmp/khtest-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        url = URL(fileURLWithPath: String(cString: made))
        chmod(url.path, 0o755)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
