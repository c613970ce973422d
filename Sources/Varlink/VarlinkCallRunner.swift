import Foundation
import NIOCore
import NIOFoundationCompat

/// Runs one call off the event loop and encodes its last reply.
struct VarlinkCallRunner: Sendable {
    let service: VarlinkService
    let channel: any Channel

    /// The frame of the last reply, or nil for a `oneway` call.
    func run(_ request: VarlinkRequest) async -> Data? {
        let channel = self.channel
        let stream = VarlinkReplyStream { frame in
            try await channel.writeAndFlush(ByteBuffer(data: frame))
        }
        let result = await service.handle(request, stream: stream)
        guard request.header.oneway != true else { return nil }
        switch result {
        case .success(let body):
            do {
                return try VarlinkFrame.reply(body)
            } catch {
                return try? VarlinkFrame.error(service.internalError("the reply could not be encoded: \(error)"))
            }
        case .failure(let error):
            return try? VarlinkFrame.error(error)
        }
    }
}
