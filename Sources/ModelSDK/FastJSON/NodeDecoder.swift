import Foundation

/// A `Decoder` over a parsed `JSONNode`.
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
