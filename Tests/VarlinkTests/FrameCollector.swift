import Foundation
import NIOCore

/// The last handler of a decoder test pipeline: keeps every frame and error it sees.
final class FrameCollector: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    private let lock = NSLock()
    private var collectedFrames: [String] = []
    private var collectedErrors: [any Error] = []

    var frames: [String] { lock.withLock { collectedFrames } }
    var errors: [any Error] { lock.withLock { collectedErrors } }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = String(buffer: unwrapInboundIn(data))
        lock.withLock { collectedFrames.append(frame) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        lock.withLock { collectedErrors.append(error) }
    }
}
