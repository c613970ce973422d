import Foundation

/// Decodes a `Decodable` type from JSON through `JSONParser`: the plugin's fast path for facts.
/// Errors are the `DecodingError`s `JSONDecoder` throws (same cases, same coding paths), so
/// `InvalidFacts(decodingError:)` names the same fields.
enum FastJSONDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let root = try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> JSONNode in
            do throws(JSONSyntaxError) {
                return try JSONParser.parse(raw.bindMemory(to: UInt8.self))
            } catch {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: [], debugDescription: error.description, underlyingError: error))
            }
        }
        return try T(from: NodeDecoder(node: root, path: nil))
    }
}

/// The path to a value, kept as a linked list and turned into `[CodingKey]` only when asked
/// (for an error), so decoding does not build an array per value.
final class CodingPathNode: Sendable {
    let parent: CodingPathNode?
    let key: NodeKey

    init(parent: CodingPathNode?, key: NodeKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = node
        while let node = current {
            keys.append(node.key)
            current = node.parent
        }
        return keys.reversed()
    }
}

/// A coding key of the path: a member name or an array index.
struct NodeKey: CodingKey, Sendable {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }

    init(_ key: some CodingKey) {
        stringValue = key.stringValue
        intValue = key.intValue
    }
}

struct NodeDecoder: Decoder {
    let node: JSONNode
    let path: CodingPathNode?

    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else {
            throw NodeDecoder.mismatch([String: Any].self, node, path)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(members: members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = node else { throw NodeDecoder.mismatch([Any].self, node, path) }
        return NodeUnkeyedContainer(elements: elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(node: node, path: path)
    }

    // MARK: Values

    static func mismatch(_ type: Any.Type, _ node: JSONNode, _ path: CodingPathNode?) -> DecodingError {
        if case .null = node {
            return .valueNotFound(type, DecodingError.Context(
                codingPath: CodingPathNode.keys(path), debugDescription: "Cannot get \(type) -- found null value instead"))
        }
        return .typeMismatch(type, DecodingError.Context(
            codingPath: CodingPathNode.keys(path), debugDescription: "Expected to decode \(type) but found \(node.kindName) instead."))
    }

    static func unbox<T: Decodable>(_ node: JSONNode, as type: T.Type, path: @autoclosure () -> CodingPathNode?) throws -> T {
        // The SDK's own value types decode straight from the node: no decoder, container or
        // path is built unless there is an error (the hot path of every batch).
        if let direct = T.self as? any NodeDecodable.Type {
            return try direct.init(node: node, path: path) as! T
        }
        switch type {
        case is Double.Type: return try double(node, path()) as! T
        case is String.Type: return try string(node, path()) as! T
        case is Bool.Type: return try bool(node, path()) as! T
        case is Int.Type: return try integer(node, Int.self, path()) as! T
        case is Float.Type: return Float(try double(node, path())) as! T
        default: return try T(from: NodeDecoder(node: node, path: path()))
        }
    }

    static func double(_ node: JSONNode, _ path: @autoclosure () -> CodingPathNode?) throws -> Double {
        guard case .number(let value) = node else { throw mismatch(Double.self, node, path()) }
        return value
    }

    static func string(_ node: JSONNode, _ path: @autoclosure () -> CodingPathNode?) throws -> String {
        guard case .string(let value) = node else { throw mismatch(String.self, node, path()) }
        return value
    }

    static func bool(_ node: JSONNode, _ path: @autoclosure () -> CodingPathNode?) throws -> Bool {
        guard case .bool(let value) = node else { throw mismatch(Bool.self, node, path()) }
        return value
    }

    static func integer<T: FixedWidthInteger>(_ node: JSONNode, _ type: T.Type, _ path: @autoclosure () -> CodingPathNode?) throws -> T {
        guard case .number(let value) = node else { throw mismatch(T.self, node, path()) }
        guard value.rounded() == value, let exact = T(exactly: value) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: CodingPathNode.keys(path()), debugDescription: "Parsed JSON number <\(value)> does not fit in \(T.self)."))
        }
        return exact
    }
}

/// A type of the SDK that decodes straight from a parsed node, skipping the `Decoder` machinery.
protocol NodeDecodable {
    init(node: JSONNode, path: () -> CodingPathNode?) throws
}

extension IndicatorValue: NodeDecodable {
    init(node: JSONNode, path: () -> CodingPathNode?) throws {
        switch node {
        case .number(let number): self = .number(number)
        case .bool(let flag): self = .flag(flag)
        default:
            throw DecodingError.typeMismatch(IndicatorValue.self, DecodingError.Context(
                codingPath: CodingPathNode.keys(path()), debugDescription: "expected a number, or true or false"))
        }
    }
}

extension Dictionary: NodeDecodable where Key == String, Value == IndicatorValue {
    /// `{"sl1": 8, …}`: the values given per indicator, in every model's facts.
    init(node: JSONNode, path: () -> CodingPathNode?) throws {
        guard case .object(let members) = node else { throw NodeDecoder.mismatch([String: IndicatorValue].self, node, path()) }
        self.init(minimumCapacity: members.count)
        for (key, value) in members {
            self[key] = try IndicatorValue(node: value) { CodingPathNode(parent: path(), key: NodeKey(stringValue: key)) }
        }
    }
}
