/// An array's elements, read in order.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONNode]
    let path: CodingPathNode?
    private(set) var currentIndex = 0

    init(elements: [JSONNode], path: CodingPathNode?) {
        self.elements = elements
        self.path = path
    }

    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private func childPath() -> CodingPathNode { CodingPathNode(parent: path, key: NodeKey(intValue: currentIndex)) }

    private func next(_ type: Any.Type) throws -> JSONNode {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: CodingPathNode.keys(childPath()), debugDescription: "Unkeyed container is at end."))
        }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        if case .null = try next(Any?.self) {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try NodeDecoder.unbox(next(T.self), as: T.self, path: childPath())
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try NodeDecoder(node: next([String: Any].self), path: childPath()).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try NodeDecoder(node: next([Any].self), path: childPath()).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = NodeDecoder(node: try next(Any.self), path: childPath())
        currentIndex += 1
        return decoder
    }
}
