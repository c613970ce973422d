import NIOCore

/// Splits a byte stream into Varlink frames at each NUL byte, refusing frames over a limit.
public struct NULFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = ByteBuffer

    /// Thrown when a frame grows past the limit before its NUL arrives.
    public struct FrameTooLarge: Error, Sendable {
        public var limit: Int
    }

    private let maximumFrameSize: Int
    private var scanned = 0

    public init(maximumFrameSize: Int) {
        self.maximumFrameSize = maximumFrameSize
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        let start = view.startIndex + scanned
        if let nul = view[start...].firstIndex(of: 0) {
            let length = nul - view.startIndex
            guard length <= maximumFrameSize else { throw FrameTooLarge(limit: maximumFrameSize) }
            let frame = buffer.readSlice(length: length)!
            buffer.moveReaderIndex(forwardBy: 1)
            scanned = 0
            context.fireChannelRead(Self.wrapInboundOut(frame))
            return .continue
        }
        scanned = view.count
        guard scanned <= maximumFrameSize else { throw FrameTooLarge(limit: maximumFrameSize) }
        return .needMoreData
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        let state = try decode(context: context, buffer: &buffer)
        if state == .needMoreData { buffer.clear() }
        return state == .continue ? .continue : .needMoreData
    }
}
