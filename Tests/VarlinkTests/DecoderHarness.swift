import NIOCore
import NIOPosix
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// A `NULFrameDecoder` in a real channel's pipeline (over an idle pipe), fed bytes by hand.
struct DecoderHarness {
    let channel: any Channel
    let collector: FrameCollector

    static func make(maximumFrameSize: Int) async throws -> DecoderHarness {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw RawSocket.Failure(description: "pipe: errno \(errno)") }
        let collector = FrameCollector()
        let channel = try await NIOPipeBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(NULFrameDecoder(maximumFrameSize: maximumFrameSize)))
                    try channel.pipeline.syncOperations.addHandler(collector)
                }
            }
            .takingOwnershipOfDescriptors(input: fds[0], output: fds[1])
            .get()
        return DecoderHarness(channel: channel, collector: collector)
    }

    /// Passes bytes into the pipeline as if they had been read, and waits until they are handled.
    func feed(_ text: String) async throws {
        channel.pipeline.fireChannelRead(ByteBuffer(string: text))
        try await channel.eventLoop.submit {}.get()
    }

    func close() async {
        try? await channel.close()
    }
}
