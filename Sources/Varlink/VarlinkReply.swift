import Foundation

/// One reply as a client receives it.
public struct VarlinkReply: Sendable {
    /// The declared error name, when the reply is an error.
    public var error: String?
    /// More replies to the same call follow.
    public var continues: Bool
    /// The whole frame, without its NUL terminator.
    public var frame: Data

    /// Parses a reply frame.
    public init(frame: Data) throws {
        let header = try VarlinkJSON.decoder.decode(ReplyHeader.self, from: frame)
        self.error = header.error
        self.continues = header.continues ?? false
        self.frame = frame
    }

    /// Decodes the reply's parameters as `R` (omitted, `null` and `{}` alike).
    public func decode<R: Decodable>(_ type: R.Type = R.self) throws -> R {
        if let parameters = try VarlinkJSON.decoder.decode(Envelope<R>.self, from: frame).parameters {
            return parameters
        }
        return try VarlinkJSON.decoder.decode(R.self, from: Data("{}".utf8))
    }

    /// The reply as a `VarlinkError`, or nil when it is not an error.
    public func asError() -> VarlinkError? {
        guard let error else { return nil }
        let parameters = (try? decode([String: JSONValue].self)) ?? [:]
        return VarlinkError(error, parameters: parameters)
    }
}

private struct ReplyHeader: Decodable {
    var error: String?
    var continues: Bool?
}

private struct Envelope<R: Decodable>: Decodable {
    var parameters: R?
}
