import Foundation
import NIOFoundationCompat
import NIOCore

/// Matches replies to calls in the order they were sent; a `more` call keeps its place until its
/// last reply.
final class VarlinkClientHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = Command
    typealias OutboundOut = ByteBuffer

    /// What the caller waits for.
    enum Expectation {
        case single(EventLoopPromise<VarlinkReply>)
        case stream(AsyncThrowingStream<VarlinkReply, any Error>.Continuation)
    }

    /// A frame to send and what to do with its replies (nil for `oneway`).
    struct Command {
        var frame: ByteBuffer
        var expectation: Expectation?
    }

    private var pending = CircularBuffer<Expectation>()

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let command = unwrapOutboundIn(data)
        if let expectation = command.expectation { pending.append(expectation) }
        context.write(wrapOutboundOut(command.frame), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        guard let expectation = pending.first else {
            context.close(promise: nil)
            return
        }
        let reply: VarlinkReply
        do {
            reply = try VarlinkReply(frame: Data(buffer: frame, byteTransferStrategy: .copy))
        } catch {
            failAll(VarlinkClientError.malformedReply("\(error)"))
            context.close(promise: nil)
            return
        }
        switch expectation {
        case .single(let promise):
            pending.removeFirst()
            promise.succeed(reply)
        case .stream(let continuation):
            continuation.yield(reply)
            if !reply.continues || reply.error != nil {
                pending.removeFirst()
                continuation.finish()
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(VarlinkClientError.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: any Error) {
        while let expectation = pending.popFirst() {
            switch expectation {
            case .single(let promise): promise.fail(error)
            case .stream(let continuation): continuation.finish(throwing: error)
            }
        }
    }
}
