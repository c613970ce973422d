import Foundation
import NIOFoundationCompat
import Logging
import NIOCore

/// Serves one Varlink connection: reads calls in order, answers each before starting the next,
/// holds reading when too many calls are queued, and closes on idle, oversize or shutdown.
final class VarlinkConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let service: VarlinkService
    private let configuration: VarlinkServerConfiguration
    private let peer: PeerCredentials?
    private let logger: Logger
    private var queue = CircularBuffer<ByteBuffer>()
    private var busy = false
    private var readHeld = false
    private var closing = false
    private var inputClosed = false
    private var context: ChannelHandlerContext?
    /// The task of a `more` call in progress: a stream (a subscription may never end by itself)
    /// is cancelled when its client goes away or the server shuts down.
    private var streamingCall: Task<Void, Never>?

    init(service: VarlinkService, configuration: VarlinkServerConfiguration, peer: PeerCredentials?, logger: Logger) {
        self.service = service
        self.configuration = configuration
        self.peer = peer
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        queue.append(unwrapInboundIn(data))
        processNext(context: context)
    }

    func read(context: ChannelHandlerContext) {
        if queue.count >= configuration.maximumQueuedCalls {
            readHeld = true
        } else {
            context.read()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        queue.removeAll()
        closing = true
        streamingCall?.cancel()
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            if !busy, queue.isEmpty {
                logger.debug("closing idle connection")
                context.close(promise: nil)
            }
            return
        }
        if let channelEvent = event as? ChannelEvent, channelEvent == .inputClosed {
            // The client sent its last call and shut down its side: answer what is queued, then close.
            inputClosed = true
            if !busy, queue.isEmpty { context.close(promise: nil) }
            return
        }
        if let serverEvent = event as? VarlinkServerEvent, serverEvent == .shutdown {
            closing = true
            queue.removeAll()
            streamingCall?.cancel()
            if !busy { context.close(promise: nil) }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let tooLarge = error as? NULFrameDecoder.FrameTooLarge {
            logger.notice("frame over the size limit, closing", metadata: ["limit": "\(tooLarge.limit)"])
            closeWithError(
                context: context, name: configuration.frameTooLargeError,
                parameters: ["limit": .number(Double(tooLarge.limit))])
            return
        }
        logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    private func closeWithError(context: ChannelHandlerContext, name: String?, parameters: [String: JSONValue]) {
        closing = true
        queue.removeAll()
        guard let name, let frame = try? VarlinkFrame.error(VarlinkError(name, parameters: parameters)) else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(data: frame))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    /// Answers queued calls in order: immediate methods here on the event loop, one after the
    /// other; a task method suspends the queue until `finish`.
    private func processNext(context: ChannelHandlerContext) {
        while !busy, !closing, let frame = queue.popFirst() {
            if readHeld, queue.count < configuration.maximumQueuedCalls {
                readHeld = false
                context.read()
            }
            let request: VarlinkRequest
            do {
                request = try VarlinkRequest(frame: Data(buffer: frame, byteTransferStrategy: .copy), peer: peer)
            } catch {
                answerMalformed(context: context, reason: error.reason)
                continue
            }
            let runner = VarlinkCallRunner(service: service, channel: context.channel)
            if let reply = runner.runImmediately(request) {
                if let frame = reply.frame { context.write(wrapOutboundOut(ByteBuffer(data: frame)), promise: nil) }
                continue
            }
            busy = true
            context.flush()
            let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
            let eventLoop = context.eventLoop
            let task = Task {
                let reply = await runner.run(request)
                eventLoop.execute { handler.value.finish(reply: reply) }
            }
            if request.wantsMore { streamingCall = task }
            return
        }
        context.flush()
        if inputClosed, !busy, queue.isEmpty { context.close(promise: nil) }
    }

    private func finish(reply: Data?) {
        busy = false
        streamingCall = nil
        guard let context else { return }
        if let reply, context.channel.isActive {
            context.write(wrapOutboundOut(ByteBuffer(data: reply)), promise: nil)
        }
        if closing {
            // Shutting down: the call in progress still gets its reply before the connection closes.
            context.flush()
            context.close(promise: nil)
            return
        }
        processNext(context: context)
    }

    private func answerMalformed(context: ChannelHandlerContext, reason: String) {
        logger.debug("malformed call", metadata: ["reason": "\(reason)"])
        guard let name = configuration.malformedCallError,
              let frame = try? VarlinkFrame.error(VarlinkError(name, parameters: ["reason": .string(reason)])) else {
            closeWithError(context: context, name: nil, parameters: [:])
            return
        }
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(data: frame)), promise: nil)
    }
}
