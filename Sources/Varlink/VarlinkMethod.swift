/// One method of an interface: its name, who may call it, and what answers it.
public struct VarlinkMethod: Sendable {
    /// Answers a call: returns the last (or only) reply, streams earlier ones through the stream,
    /// throws `VarlinkError` for a declared error.
    public typealias Handler = @Sendable (VarlinkRequest, VarlinkReplyStream) async throws -> VarlinkReplyBody

    public var name: String
    public var access: VarlinkAccess
    public var handler: Handler

    public init(_ name: String, access: VarlinkAccess = .open, handler: @escaping Handler) {
        self.name = name
        self.access = access
        self.handler = handler
    }

    /// A method that decodes its parameters as `P` and answers with one reply of `R`.
    public static func typed<P: Decodable & Sendable, R: Encodable & Sendable>(
        _ name: String,
        access: VarlinkAccess = .open,
        _ body: @escaping @Sendable (P, VarlinkRequest) async throws -> R
    ) -> VarlinkMethod {
        VarlinkMethod(name, access: access) { request, _ in
            let parameters = try request.decodeParameters(P.self)
            return .value(try await body(parameters, request))
        }
    }
}

/// The parameters of a method that takes none; accepts and ignores whatever is sent.
public struct NoParameters: Codable, Sendable {
    public init() {}
}
