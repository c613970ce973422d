/// An object's members, looked up by a linear search (facts objects are small).
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: JSONNode)]
    let path: CodingPathNode?

    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    private func value(_ key: Key) throws -> JSONNode {
        let name = key.stringValue
        // The last of duplicate members wins, as with JSONDecoder.
        guard let member = members.last(where: { $0.key == name }) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return member.value
    }

    private func child(_ key: Key) -> CodingPathNode { CodingPathNode(parent: path, key: NodeKey(key)) }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try NodeDecoder.bool(value(key), child(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try NodeDecoder.string(value(key), child(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try NodeDecoder.double(value(key), child(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try NodeDecoder.double(value(key), child(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try NodeDecoder.integer(value(key), Int.self, child(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try NodeDecoder.integer(value(key), Int8.self, child(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try NodeDecoder.integer(value(key), Int16.self, child(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try NodeDecoder.integer(value(key), Int32.self, child(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try NodeDecoder.integer(value(key), Int64.self, child(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try NodeDecoder.integer(value(key), UInt.self, child(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try NodeDecoder.integer(value(key), UInt8.self, child(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try NodeDecoder.integer(value(key), UInt16.self, child(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try NodeDecoder.integer(value(key), UInt32.self, child(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try NodeDecoder.integer(value(key), UInt64.self, child(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try NodeDecoder.unbox(value(key), as: T.self, path: child(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: value(key), path: child(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: value(key), path: child(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(node: members.last { $0.key == "super" }?.value ?? .null, path: CodingPathNode(parent: path, key: NodeKey(stringValue: "super")))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(node: (try? value(key)) ?? .null, path: child(key))
    }
}
