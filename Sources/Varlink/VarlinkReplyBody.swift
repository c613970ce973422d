import Foundation

/// The parameters of one reply.
public enum VarlinkReplyBody: Sendable {
    /// No parameters: the reply carries no `parameters` key.
    case empty
    /// Parameters encoded from a value.
    case value(any Encodable & Sendable)
    /// Parameters already encoded as one JSON object, sent as they are.
    case json(Data)

    /// Encodes the body as a JSON object, or nil when it is empty.
    func encodedObject() throws -> Data? {
        switch self {
        case .empty: return nil
        case .value(let value): return try VarlinkJSON.encoder.encode(value)
        case .json(let data): return data
        }
    }
}
