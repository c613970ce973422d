import Foundation
import NIOFoundationCompat
import NIOCore
import NIOPosix

/// A Varlink client on a Unix socket. Calls may be pipelined; replies come back in order.
///
/// ```swift
/// let client = try await VarlinkClient.connect(unixPath: path)
/// let info: Info = try await client.call("org.varlink.service.GetInfo")
/// ```
public final class VarlinkClient: Sendable {
    private let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    /// Connects to a Varlink service listening at `unixPath`.
    public static func connect(
        unixPath: String,
        maximumFrameSize: Int = 64 * 1024 * 1024,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> VarlinkClient {
        let channel = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(NULFrameDecoder(maximumFrameSize: maximumFrameSize)))
                    try channel.pipeline.syncOperations.addHandler(VarlinkClientHandler())
                }
            }
            .connect(unixDomainSocketPath: unixPath)
            .get()
        return VarlinkClient(channel: channel)
    }

    /// Sends a call and returns its reply, error replies included.
    public func send(_ method: String, parameters: VarlinkReplyBody = .empty) async throws -> VarlinkReply {
        let frame = try VarlinkFrame.call(VarlinkCallHeader(method: method), parameters: parameters)
        return try await send(frame: frame)
    }

    /// Sends an already encoded call frame (ending in NUL) and returns the reply.
    public func send(frame: Data) async throws -> VarlinkReply {
        let promise = channel.eventLoop.makePromise(of: VarlinkReply.self)
        let command = VarlinkClientHandler.Command(frame: ByteBuffer(data: frame), expectation: .single(promise))
        channel.writeAndFlush(command).cascadeFailure(to: promise)
        return try await promise.futureResult.get()
    }

    /// Calls a method and decodes its reply; an error reply throws `VarlinkError`.
    public func call<R: Decodable>(
        _ method: String, _ parameters: some Encodable & Sendable = NoParameters(), as type: R.Type = R.self
    ) async throws -> R {
        let reply = try await send(method, parameters: .value(parameters))
        if let error = reply.asError() { throw error }
        return try reply.decode(R.self)
    }

    /// Calls a method with `more`; the stream ends after the reply without `continues`,
    /// and throws `VarlinkError` for an error reply.
    public func stream(_ method: String, parameters: VarlinkReplyBody = .empty) -> AsyncThrowingStream<VarlinkReply, any Error> {
        let (stream, continuation) = AsyncThrowingStream<VarlinkReply, any Error>.makeStream()
        do {
            let frame = try VarlinkFrame.call(VarlinkCallHeader(method: method, more: true), parameters: parameters)
            let command = VarlinkClientHandler.Command(frame: ByteBuffer(data: frame), expectation: .stream(continuation))
            channel.writeAndFlush(command).whenFailure { continuation.finish(throwing: $0) }
        } catch {
            continuation.finish(throwing: error)
        }
        return stream
    }

    /// Sends a call with `oneway`: no reply comes.
    public func sendOneway(_ method: String, parameters: VarlinkReplyBody = .empty) async throws {
        let frame = try VarlinkFrame.call(VarlinkCallHeader(method: method, oneway: true), parameters: parameters)
        let command = VarlinkClientHandler.Command(frame: ByteBuffer(data: frame), expectation: nil)
        try await channel.writeAndFlush(command)
    }

    /// Closes the connection.
    public func close() async {
        try? await channel.close()
    }
}
