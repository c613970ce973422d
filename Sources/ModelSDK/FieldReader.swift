import Foundation

/// Reads typed fields out of a `JSONTree`, collecting a `RubricProblem` for every key that is
/// missing, unknown or of the wrong type instead of stopping at the first.
struct FieldReader {
    private(set) var problems: [RubricProblem] = []

    mutating func problem(_ field: String, _ reason: String) {
        problems.append(RubricProblem(field: field.isEmpty ? "(file)" : field, reason: reason))
    }

    static func path(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }

    /// An object with only `allowed` keys (plus `$schema` at the top); unknown keys are problems.
    mutating func object(_ tree: JSONTree?, at path: String, allowed: Set<String>, required: [String]) -> [String: JSONTree]? {
        guard case .object(let members)? = tree else {
            problem(path, "expected an object, got \(tree?.typeName ?? "nothing")")
            return nil
        }
        for key in members.keys.sorted() where !allowed.contains(key) && !(path.isEmpty && key == "$schema") {
            problem(Self.path(path, key), "unknown key; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
        for key in required where members[key] == nil {
            problem(Self.path(path, key), "missing")
        }
        return members
    }

    /// A non-empty string in NFC (names typed on any keyboard compare equal).
    mutating func string(_ members: [String: JSONTree], _ key: String, at path: String) -> String? {
        guard let value = members[key] else { return nil }
        guard case .string(let text) = value else {
            problem(Self.path(path, key), "expected a string, got \(value.typeName)")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            problem(Self.path(path, key), "must not be empty")
            return nil
        }
        return trimmed.precomposedStringWithCanonicalMapping
    }

    /// An id: letters, digits, `.`, `_`, `-`, at most 64 characters.
    mutating func identifier(_ members: [String: JSONTree], _ key: String, at path: String) -> String? {
        guard let text = string(members, key, at: path) else { return nil }
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        guard allowed, text.utf8.count <= 64 else {
            problem(Self.path(path, key), "\"\(text)\" is not an id: use letters, digits, '.', '_' or '-', at most 64")
            return nil
        }
        return text
    }

    mutating func number(_ members: [String: JSONTree], _ key: String, at path: String) -> Double? {
        guard let value = members[key] else { return nil }
        guard case .number(let number) = value, number.isFinite else {
            problem(Self.path(path, key), "expected a number, got \(value.typeName)")
            return nil
        }
        return number
    }

    mutating func integer(_ members: [String: JSONTree], _ key: String, at path: String) -> Int? {
        guard let number = number(members, key, at: path) else { return nil }
        guard number.rounded() == number, abs(number) < 1e9 else {
            problem(Self.path(path, key), "expected a whole number, got \(NumberText.points(number))")
            return nil
        }
        return Int(number)
    }

    mutating func bool(_ members: [String: JSONTree], _ key: String, at path: String) -> Bool? {
        guard let value = members[key] else { return nil }
        guard case .bool(let flag) = value else {
            problem(Self.path(path, key), "expected true or false, got \(value.typeName)")
            return nil
        }
        return flag
    }

    /// A list, with each element's path: `key[0]`, `key[1]`, …
    mutating func list(_ members: [String: JSONTree], _ key: String, at path: String, nonEmpty: Bool = true) -> [(String, JSONTree)]? {
        guard let value = members[key] else { return nil }
        let field = Self.path(path, key)
        guard case .array(let elements) = value else {
            problem(field, "expected a list, got \(value.typeName)")
            return nil
        }
        if nonEmpty && elements.isEmpty { problem(field, "must not be empty") }
        return elements.enumerated().map { ("\(field)[\($0)]", $1) }
    }
}
