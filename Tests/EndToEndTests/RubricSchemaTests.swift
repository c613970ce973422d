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
        let document = try JSONSerialization.jsonObject(with: text, options: [.mutableContainers]) as! NSMutableDictionary
        let indicator = Self.firstIndicator(document)
        switch what {
        case "an unknown key": document["minimunTotal"] = 80
        case "no basis": document["basis"] = nil
        case "a bad status": (document["basis"] as! NSMutableDictionary)["status"] = "draft"
        case "a gate on a points indicator": indicator["gate"] = true
        case "a share without thresholds": indicator["kind"] = "share"
        case "thresholds on a points indicator": indicator["thresholds"] = [["atLeast": 1, "points": 1]]
        default: indicator["maxPoints"] = "10"
        }
        let verdict = try await Self.validate(try JSONSerialization.data(withJSONObject: document))
        #expect(verdict != nil, "\(what) passed the schema")
    }

    static func firstIndicator(_ document: NSMutableDictionary) -> NSMutableDictionary {
        let variant = (document["variants"] as! NSMutableArray)[0] as! NSMutableDictionary
        let criterion = (variant["criteria"] as! NSMutableArray)[0] as! NSMutableDictionary
        return (criterion["indicators"] as! NSMutableArray)[0] as! NSMutableDictionary
    }
}
