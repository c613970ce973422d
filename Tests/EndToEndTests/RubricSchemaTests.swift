import Foundation
import Testing

/// `Plugins/rubric.schema.json` documents the rubric file format: every built-in rubric is valid
/// under it (checked with the third-party `jsonschema` validator), and broken files are not.
@Suite struct RubricSchemaTests {
    static let plugins = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins")

    static var builtInRubrics: [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: plugins.path)) ?? []
        return folders.sorted().flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: plugins.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasPrefix("rubric") && $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    /// The validator's verdict on a document: nil when valid, else its message.
    static func validate(_ document: Data) async throws -> String? {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            try:
                jsonschema.validate(json.load(sys.stdin), schema, cls=jsonschema.Draft202012Validator)
            except jsonschema.ValidationError as error:
                print(error.message); sys.exit(1)
            """
        let output = try await ExternalCommand.run(
            "python3", ["-c", script, plugins.appendingPathComponent("rubric.schema.json").path], input: document)
        return output.status == 0 ? nil : output.stdout + output.stderr
    }

    @Test func theSchemaFindsEveryBuiltInRubric() {
        #expect(Self.builtInRubrics.count >= 6, "\(Self.builtInRubrics)")
    }

    @Test(arguments: builtInRubrics)
    func everyBuiltInRubricIsValid(file: String) async throws {
        let text = try Data(contentsOf: Self.plugins.appendingPathComponent(file))
        let verdict = try await Self.validate(text)
        #expect(verdict == nil, "\(file): \(verdict ?? "")")
    }

    @Test(arguments: [
        "an unknown key", "no basis", "a bad status", "a gate on a points indicator", "a share without thresholds",
        "thresholds on a points indicator", "maxPoints as text",
    ])
    func brokenFilesAreInvalid(_ what: String) async throws {
        let text = try Data(contentsOf: Self.plugins.appendingPathComponent("Citizen/rubric.json"))
        var document = try #require(try JSONSerialization.jsonObject(with: text) as? [String: Any])
        switch what {
        case "an unknown key": document["minimunTotal"] = 80
        case "no basis": document["basis"] = nil
        case "a bad status": document["basis"] = ["decision": "1", "date": "2022-07-28", "status": "draft", "source": "x"]
        case "a gate on a points indicator": Self.editFirstIndicator(&document) { $0["gate"] = true }
        case "a share without thresholds": Self.editFirstIndicator(&document) { $0["kind"] = "share" }
        case "thresholds on a points indicator": Self.editFirstIndicator(&document) { $0["thresholds"] = [["atLeast": 1, "points": 1]] }
        default: Self.editFirstIndicator(&document) { $0["maxPoints"] = "10" }
        }
        let verdict = try await Self.validate(try JSONSerialization.data(withJSONObject: document))
        #expect(verdict != nil, "\(what) passed the schema")
    }

    static func editFirstIndicator(_ document: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var variants = document["variants"] as! [[String: Any]]
        var criteria = variants[0]["criteria"] as! [[String: Any]]
        var indicators = criteria[0]["indicators"] as! [[String: Any]]
        change(&indicators[0])
        criteria[0]["indicators"] = indicators
        variants[0]["criteria"] = criteria
        document["variants"] = variants
    }
}
