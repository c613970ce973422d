import Foundation
import NIOCore
import NIOFoundationCompat

/// Runs one call and encodes its last reply: at once for immediate methods and every error
/// found before a handler runs, in a task for the rest.
struct VarlinkCallRunner: Sendable {
    /// The frame to send for a call answered at once; nil frame for a `oneway` call.
    struct ImmediateReply {
        var frame: Data?
    }

    let service: VarlinkService
    let channel: any Channel

    /// Answers the call now when no task is needed; nil when it must run in a task.
    func runImmediately(_ request: VarlinkRequest) -> ImmediateReply? {
        switch service.resolve(request) {
        case .failure(let error):
            return ImmediateReply(frame: encode(.failure(error), for: request))
        case .success(let method):
            guard case .immediate(let handler) = method.implementation else { return nil }
            return ImmediateReply(frame: encode(service.run(request) { try handler(request) }, for: request))
        }
    }

    /// Runs the call in the current task; the frame of its last reply, or nil for `oneway`.
    func run(_ request: VarlinkRequest) async -> Data? {
        let channel = self.channel
        let stream = VarlinkReplyStream { frame in
            try await channel.writeAndFlush(ByteBuffer(data: frame))
        }
        return encode(await service.handle(request, stream: stream), for: request)
    }

    private func encode(_ result: Result<VarlinkReplyBody, VarlinkError>, for request: VarlinkRequest) -> Data? {
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
