import NIOCore

/// Answers a connection the server will not serve: once it is active, sends the error frame
/// (if any) and closes it.
///
/// The frame cannot be written from the child channel initializer: the channel is not yet
/// registered there, so the write never completes and the connection would hang open.
final class VarlinkRefusalHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let frame: ByteBuffer?

    init(frame: ByteBuffer?) {
        self.frame = frame
    }

    func channelActive(context: ChannelHandlerContext) {
        guard let frame else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(frame)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}
