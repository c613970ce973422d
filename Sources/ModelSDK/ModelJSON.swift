import Foundation

/// The JSON coders of the plugin side.
enum ModelJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Decodes the host's request (through the fast parser); a decoding error becomes
    /// `InvalidFacts` in the facts' terms.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try FastJSONDecoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw InvalidFacts(decodingError: error)
        }
    }
}
