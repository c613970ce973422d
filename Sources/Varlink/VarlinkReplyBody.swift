import Foundation

/// The parameters of one reply.
public enum VarlinkReplyBody: Sendable {
    /// No parameters: the reply carries no `parameters` key.
    case empty
    /// Parameters encoded from a value.
    case value(any Encodable & Sendable)
    /// Parameters already encoded as one JSON object, sent as they are.
    case json(Data)

    /// Encodes the body as a JSON object, or nil when it is empty (also when it encodes to `{}`,
    /// so a message never carries an empty `parameters`).
    func encodedObject() throws -> Data? {
        let data: Data
        switch self {
        case .empty: return nil
        case .value(let value): data = try VarlinkJSON.encoder.encode(value)
        case .json(let json): data = json
        }
        return data.elementsEqual("{}".utf8) ? nil : data
    }
}
