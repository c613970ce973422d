import Foundation

/// The files under `Fuzz/` that the fuzzers start from (`corpus`) and the inputs that once
/// crashed one (`regressions`), by fuzzer name.
enum FuzzFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func corpus(_ fuzzer: String) -> [URL] { files(in: "corpus/\(fuzzer)") }

    static func regressions(_ fuzzer: String) -> [URL] { files(in: "regressions/\(fuzzer)") }

    private static func files(in folder: String) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    /// The daemon's sources, whose methods the catalog must list.
    static let daemonSources = root.deletingLastPathComponent().appendingPathComponent("Sources/khuyenhocd")
}
