/// One value, decoded as a primitive or as a `Decodable` type.
struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let path: CodingPathNode?

    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }

    func decodeNil() -> Bool {
        if case .null = node { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try NodeDecoder.bool(node, path) }
    func decode(_ type: String.Type) throws -> String { try NodeDecoder.string(node, path) }
    func decode(_ type: Double.Type) throws -> Double { try NodeDecoder.double(node, path) }
    func decode(_ type: Float.Type) throws -> Float { Float(try NodeDecoder.double(node, path)) }
    func decode(_ type: Int.Type) throws -> Int { try NodeDecoder.integer(node, Int.self, path) }
    func decode(_ type: Int8.Type) throws -> Int8 { try NodeDecoder.integer(node, Int8.self, path) }
    func decode(_ type: Int16.Type) throws -> Int16 { try NodeDecoder.integer(node, Int16.self, path) }
    func decode(_ type: Int32.Type) throws -> Int32 { try NodeDecoder.integer(node, Int32.self, path) }
    func decode(_ type: Int64.Type) throws -> Int64 { try NodeDecoder.integer(node, Int64.self, path) }
    func decode(_ type: UInt.Type) throws -> UInt { try NodeDecoder.integer(node, UInt.self, path) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try NodeDecoder.integer(node, UInt8.self, path) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try NodeDecoder.integer(node, UInt16.self, path) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try NodeDecoder.integer(node, UInt32.self, path) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try NodeDecoder.integer(node, UInt64.self, path) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try NodeDecoder.unbox(node, as: T.self, path: path)
    }
}
