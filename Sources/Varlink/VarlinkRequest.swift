import Foundation

/// One call as a method handler sees it: the envelope, the raw frame its parameters come from,
/// and who sent it.
public struct VarlinkRequest: Sendable {
    public var header: VarlinkCallHeader
    /// The frame's top-level members, scanned once.
    public var members: JSONObjectMembers
    /// The caller, or nil where the transport cannot tell.
    public var peer: PeerCredentials?

    /// Reads a call frame (without its NUL terminator).
    /// - Throws: `VarlinkCallHeader.MalformedCall` when the frame is not a call.
    public init(frame: Data, peer: PeerCredentials?) throws(VarlinkCallHeader.MalformedCall) {
        guard let members = JSONObjectMembers(frame) else {
            throw VarlinkCallHeader.MalformedCall(reason: "the frame is not a JSON object")
        }
        self.header = try VarlinkCallHeader(members: members)
        self.members = members
        self.peer = peer
    }

    /// The whole frame, without its NUL terminator.
    public var frame: Data { members.data }

    /// The raw JSON of the call's `parameters` object; nil when omitted or `null`.
    public var rawParameters: Data? {
        guard let raw = members["parameters"], raw != Data("null".utf8) else { return nil }
        return raw
    }

    /// The caller asked for `more` replies.
    public var wantsMore: Bool { header.more ?? false }

    /// Decodes the call's `parameters` (omitted, `null` and `{}` alike) as `P`.
    ///
    /// A parameter that is missing, of the wrong type or out of range throws
    /// `org.varlink.service.InvalidParameter` naming it.
    public func decodeParameters<P: Decodable>(_ type: P.Type = P.self) throws(VarlinkError) -> P {
        do {
            return try VarlinkJSON.decoder.decode(P.self, from: rawParameters ?? Data("{}".utf8))
        } catch let error as DecodingError {
            throw .invalidParameter(Self.parameterName(of: error))
        } catch {
            throw .invalidParameter("parameters")
        }
    }

    /// The top-level parameter a decoding error is about, dotted for nested fields.
    static func parameterName(of error: DecodingError) -> String {
        let path: [any CodingKey]
        var missing: String?
        switch error {
        case .keyNotFound(let key, let context):
            path = context.codingPath
            missing = key.stringValue
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        var names = path.map(\.stringValue)
        if names.first == "parameters" { names.removeFirst() }
        if let missing { names.append(missing) }
        return names.isEmpty ? "parameters" : names.joined(separator: ".")
    }
}
