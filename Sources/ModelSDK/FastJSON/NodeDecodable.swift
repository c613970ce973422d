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
