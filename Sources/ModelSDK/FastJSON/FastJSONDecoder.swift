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
