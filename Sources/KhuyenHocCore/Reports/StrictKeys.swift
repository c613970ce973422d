/// Decoding that refuses keys it does not know, so that a misspelt field in a data file is an
/// error rather than a value silently left out.
struct StrictKeys: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws when `decoder`'s object has a key outside `allowed`.
    static func check(_ decoder: any Decoder, allowed: Set<String>) throws {
        let container = try decoder.container(keyedBy: StrictKeys.self)
        if let unknown = container.allKeys.first(where: { !allowed.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [unknown], debugDescription: "unknown key \(unknown.stringValue)"))
        }
    }
}
