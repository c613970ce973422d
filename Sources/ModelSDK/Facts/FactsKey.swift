/// Any key of a facts object, so a key the model does not know can be found and named in its
/// error. Plugins read their facts through `KeyedDecodingContainer<FactsKey>` and its strict
/// helpers (`rejectUnknownKeys`, `count`, `flag`, `list`, `total`).
public struct FactsKey: CodingKey, ExpressibleByStringLiteral, Sendable, Hashable {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
    public init(stringLiteral value: String) { stringValue = value }
}
