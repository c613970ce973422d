/// Events the server sends down a connection's pipeline.
enum VarlinkServerEvent: Sendable {
    /// Finish the call in progress, answer nothing more, close.
    case shutdown
}
