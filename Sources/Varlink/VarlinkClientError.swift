/// Failures of the transport under a `VarlinkClient`, as opposed to error replies.
public enum VarlinkClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection closed before the reply arrived.
    case connectionClosed
    /// The peer sent something that is not a Varlink reply.
    case malformedReply(String)

    public var description: String {
        switch self {
        case .connectionClosed: "the connection closed before the reply arrived"
        case .malformedReply(let reason): "the service sent a malformed reply: \(reason)"
        }
    }
}
