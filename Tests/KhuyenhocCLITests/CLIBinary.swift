import Foundation

/// The `khuyenhoc` executable `swift build` made, next to the test bundle (else `.build/debug`).
enum CLIBinary {
    static let path: String = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let beside = bundleFolder.appendingPathComponent("khuyenhoc").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/khuyenhoc").path
    }()
}
