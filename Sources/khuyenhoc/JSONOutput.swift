import Foundation
import Varlink

/// Prints replies and errors as pretty JSON with sorted keys, for `--json`.
enum JSONOutput {
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `{"error": name, "parameters": {...}}`.
    static func error(name: String, parameters: [String: JSONValue]) -> String {
        text(["error": JSONValue.string(name), "parameters": .object(parameters)])
    }
}

extension JSONOutput {
    /// A value as JSON, to be put together with others into one object.
    static func value(_ value: some Encodable) -> JSONValue {
        guard let data = try? JSONEncoder().encode(value), let json = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return .null
        }
        return json
    }
}

extension JSONOutput {
    /// A value as compact JSON on one line with sorted keys, for streams read line by line.
    static func line(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
