import Foundation
import KhuyenHocAPI
import KhuyenHocCore

/// The five model plugins, loaded from the build folder with the daemon's loader and called
/// through their C tables, as the daemon will call them on the registry's data.
enum ModelPlugins {
    /// Loads `libKhuyenHoc<name>.so`, e.g. `Family`.
    static func load(_ name: String) throws -> ModelPlugin {
        let loaded = PluginLoader.load(buildDirectory.appendingPathComponent("libKhuyenHoc\(name).so"))
        guard let plugin = loaded.plugin else { throw PluginError(reason: loaded.info.error ?? "\(name) did not load") }
        return plugin
    }

    /// Evaluates each facts object as a subject of one batch in `year`; per subject, whether it
    /// is recognised, or the plugin's `InvalidFacts` as "field: reason".
    static func evaluate(_ plugin: ModelPlugin, _ facts: [[String: Any]], year: Int) throws -> [Result<Bool, PluginError>] {
        let request: [String: Any] = ["subjects": facts.map { ["facts": $0, "year": year] }]
        guard case .success(let json) = plugin.evaluateBatch(try JSONSerialization.data(withJSONObject: request)) else {
            throw PluginError(reason: "the batch failed")
        }
        guard let results = (try JSONSerialization.jsonObject(with: json) as? [String: Any])?["results"] as? [[String: Any]] else {
            throw PluginError(reason: "the batch's answer has no results")
        }
        return results.map { entry in
            if let result = entry["result"] as? [String: Any], let recognized = result["recognized"] as? Bool {
                return .success(recognized)
            }
            let error = entry["error"] as? [String: Any]
            return .failure(PluginError(reason: "\(error?["field"] ?? "?"): \(error?["reason"] ?? "no result")"))
        }
    }

    /// `$KHUYENHOC_BUILD_DIR`, else the test bundle's folder, else `.build/debug`.
    static let buildDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["KHUYENHOC_BUILD_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: bundleFolder.appendingPathComponent("libKhuyenHocCitizen.so").path) {
            return bundleFolder
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug")
    }()
}

struct PluginError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
