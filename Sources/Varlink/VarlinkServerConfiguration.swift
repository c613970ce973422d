import NIOCore

/// Limits and error names of a `VarlinkServer`.
public struct VarlinkServerConfiguration: Sendable {
    /// A frame longer than this gets `frameTooLargeError` and its connection is closed.
    public var maximumFrameSize: Int = 8 * 1024 * 1024
    /// Connections beyond this many get `tooManyConnectionsError` and are closed at once.
    public var maximumConnections: Int = 256
    /// A connection with no call in progress that sends nothing for this long is closed.
    public var idleTimeout: TimeAmount? = .seconds(300)
    /// Calls read ahead of the one in progress; beyond it the server stops reading that client.
    public var maximumQueuedCalls: Int = 64
    /// How long shutdown waits for calls in progress before it closes their connections.
    public var shutdownGracePeriod: TimeAmount = .seconds(5)
    /// Declared error (with `limit: int`) for an oversized frame; nil closes without a word.
    public var frameTooLargeError: String?
    /// Declared error (with `reason: string`) for a frame that is not a call; nil closes without a word.
    public var malformedCallError: String?
    /// Declared error (with `limit: int`) for a connection over the cap; nil closes without a word.
    public var tooManyConnectionsError: String?

    public init() {}
}
