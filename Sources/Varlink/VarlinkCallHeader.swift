/// The envelope of a Varlink call, without its parameters.
///
/// Unknown top-level keys are ignored, as the protocol asks.
public struct VarlinkCallHeader: Sendable, Codable, Equatable {
    /// The fully qualified method name, `interface.Method`.
    public var method: String
    /// The caller wants no reply.
    public var oneway: Bool?
    /// The caller accepts several replies, each but the last with `continues: true`.
    public var more: Bool?
    /// The caller wants to leave Varlink after the reply; not supported by this server.
    public var upgrade: Bool?

    public init(method: String, oneway: Bool? = nil, more: Bool? = nil, upgrade: Bool? = nil) {
        self.method = method
        self.oneway = oneway
        self.more = more
        self.upgrade = upgrade
    }

    /// Reads the envelope from a scanned call frame.
    /// - Throws: `MalformedCall` saying what is wrong with the envelope.
    public init(members: JSONObjectMembers) throws(MalformedCall) {
        guard members["method"] != nil else { throw MalformedCall(reason: "the call has no \"method\"") }
        guard let method = members.string("method"), !method.isEmpty else {
            throw MalformedCall(reason: "\"method\" is not a non-empty string")
        }
        self.method = method
        do {
            oneway = try members.bool("oneway")
            more = try members.bool("more")
            upgrade = try members.bool("upgrade")
        } catch {
            throw MalformedCall(reason: "\"oneway\", \"more\" and \"upgrade\" must be true or false")
        }
    }

    /// A frame that is not a Varlink call, and why.
    public struct MalformedCall: Error, Sendable {
        public var reason: String
    }

    /// The interface part of `method`: everything before the last dot.
    public var interface: String {
        guard let dot = method.lastIndex(of: ".") else { return "" }
        return String(method[..<dot])
    }

    /// The member part of `method`: everything after the last dot.
    public var member: String {
        guard let dot = method.lastIndex(of: ".") else { return method }
        return String(method[method.index(after: dot)...])
    }
}
