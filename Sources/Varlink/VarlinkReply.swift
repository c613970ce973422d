import Foundation

/// One reply as a client receives it.
public struct VarlinkReply: Sendable {
    /// The declared error name, when the reply is an error.
    public var error: String?
    /// More replies to the same call follow.
    public var continues: Bool
    /// The reply's top-level members, scanned once.
    public var members: JSONObjectMembers

    /// Parses a reply frame (without its NUL terminator).
    public init(frame: Data) throws {
        guard let members = JSONObjectMembers(frame) else {
            throw VarlinkClientError.malformedReply("the reply is not a JSON object")
        }
        if members["error"] != nil {
            guard let error = members.string("error") else { throw VarlinkClientError.malformedReply("\"error\" is not a string") }
            self.error = error
        }
        continues = try members.bool("continues") ?? false
        self.members = members
    }

    /// The whole frame.
    public var frame: Data { members.data }

    /// Decodes the reply's parameters as `R` (omitted, `null` and `{}` alike).
    public func decode<R: Decodable>(_ type: R.Type = R.self) throws -> R {
        var parameters = members["parameters"] ?? Data("{}".utf8)
        if parameters == Data("null".utf8) { parameters = Data("{}".utf8) }
        return try VarlinkJSON.decoder.decode(R.self, from: parameters)
    }

    /// The reply as a `VarlinkError`, or nil when it is not an error.
    public func asError() -> VarlinkError? {
        guard let error else { return nil }
        let parameters = (try? decode([String: JSONValue].self)) ?? [:]
        return VarlinkError(error, parameters: parameters)
    }
}
