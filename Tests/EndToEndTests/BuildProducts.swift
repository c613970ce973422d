import Foundation

/// Finds the executables and plugins `swift build` made, for tests that run the real binaries.
enum BuildProducts {
    /// The products folder: `$KHUYENHOC_BUILD_DIR`, else the test bundle's folder, else `.build/debug`.
    static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["KHUYENHOC_BUILD_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: bundleFolder.appendingPathComponent("khuyenhocd").path) {
            return bundleFolder
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug")
    }()

    static func executable(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static var citizenPlugin: URL { directory.appendingPathComponent("libKhuyenHocCitizen.so") }
}
