import Foundation
import KhuyenHocAPI
import KhuyenHocCore

/// A model plugin loaded from the build folder and called through its C table, as the daemon
/// calls it. A library stays loaded for the whole test process, so tests here never put rubric
/// files in force (`configure(dryRun: false)`); those run against a daemon in EndToEndTests.
struct PluginHarness {
    let plugin: ModelPlugin
    let description: ModelDescription

    /// Loads `libKhuyenHoc<name>.so`, e.g. `Family`.
    init(_ name: String) throws {
        let loaded = PluginLoader.load(Self.buildDirectory.appendingPathComponent("libKhuyenHoc\(name).so"))
        guard let plugin = loaded.plugin, let description = loaded.description else {
            throw HarnessError(reason: loaded.info.error ?? "the plugin did not load")
        }
        self.plugin = plugin
        self.description = description
    }

    /// Evaluates facts given as JSON text; an `InvalidFacts` answer is thrown as `InvalidFacts`.
    func evaluate(_ facts: String, year: Int? = nil, rubricVersion: String? = nil, partial: Bool = false) throws -> EvaluationResult {
        var request: [String: Any] = ["facts": try JSONSerialization.jsonObject(with: Data(facts.utf8))]
        if let year { request["year"] = year }
        if let rubricVersion { request["rubricVersion"] = rubricVersion }
        if partial { request["partial"] = true }
        switch plugin.evaluate(try JSONSerialization.data(withJSONObject: request)) {
        case .success(let json): return try JSONDecoder().decode(EvaluationResult.self, from: json)
        case .invalidInput(let json): throw try JSONDecoder().decode(InvalidFacts.self, from: json)
        case .failure(let json): throw HarnessError(reason: String(decoding: json, as: UTF8.self))
        }
    }

    /// The `InvalidFacts` the facts draw, or nil when they score.
    func problem(_ facts: String, year: Int? = nil, rubricVersion: String? = nil) -> InvalidFacts? {
        do {
            _ = try evaluate(facts, year: year, rubricVersion: rubricVersion)
            return nil
        } catch {
            return error as? InvalidFacts
        }
    }

    /// Checks rubric files without putting them in force.
    func check(_ files: [RubricFileInput]) throws -> [RubricFileVerdict] {
        struct Reply: Decodable { var files: [RubricFileVerdict] }
        let input = try JSONEncoder().encode(CheckRequest(files: files, dryRun: true))
        guard case .success(let json) = plugin.configure(input) else { throw HarnessError(reason: "configure failed") }
        return try JSONDecoder().decode(Reply.self, from: json).files
    }

    private struct CheckRequest: Encodable {
        var files: [RubricFileInput]
        var dryRun: Bool
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

struct HarnessError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

extension EvaluationResult {
    /// The result of one indicator, by id.
    func indicator(_ id: String) -> IndicatorResult? {
        criteria.lazy.flatMap(\.indicators).first { $0.id == id }
    }

    /// The codes of the reasons, in order.
    var reasonCodes: [String] { reasons.map(\.code) }
}
