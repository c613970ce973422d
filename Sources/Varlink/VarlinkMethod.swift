/// One method of an interface: its name, who may call it, and what answers it.
public struct VarlinkMethod: Sendable {
    /// Answers a call: returns the last (or only) reply, streams earlier ones through the stream,
    /// throws `VarlinkError` for a declared error.
    public typealias Handler = @Sendable (VarlinkRequest, VarlinkReplyStream) async throws -> VarlinkReplyBody

    /// Answers a call at once, on the connection's event loop: for short, non-blocking work.
    public typealias ImmediateHandler = @Sendable (VarlinkRequest) throws -> VarlinkReplyBody

    /// How a method runs.
    public enum Implementation: Sendable {
        /// In a task of its own: may wait, may stream.
        case task(Handler)
        /// On the event loop, without a thread hop: quick computations only.
        case immediate(ImmediateHandler)
    }

    public var name: String
    public var access: VarlinkAccess
    public var implementation: Implementation

    public init(_ name: String, access: VarlinkAccess = .open, handler: @escaping Handler) {
        self.name = name
        self.access = access
        self.implementation = .task(handler)
    }

    public init(_ name: String, access: VarlinkAccess = .open, immediate: @escaping ImmediateHandler) {
        self.name = name
        self.access = access
        self.implementation = .immediate(immediate)
    }

    /// A method that decodes its parameters as `P` and answers with one reply of `R`, in a task.
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

    /// A method that decodes its parameters as `P` and answers with one reply of `R` at once.
    public static func immediate<P: Decodable & Sendable, R: Encodable & Sendable>(
        _ name: String,
        access: VarlinkAccess = .open,
        _ body: @escaping @Sendable (P, VarlinkRequest) throws -> R
    ) -> VarlinkMethod {
        VarlinkMethod(name, access: access, immediate: { request in
            let parameters = try request.decodeParameters(P.self)
            return .value(try body(parameters, request))
        })
    }
}

/// The parameters of a method that takes none; accepts and ignores whatever is sent.
public struct NoParameters: Codable, Sendable {
    public init() {}
}
