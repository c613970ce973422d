import NIOCore
#if canImport(Glibc)
import Glibc
#endif

extension PeerCredentials {
    /// Reads `SO_PEERCRED` of a Unix socket channel; nil where the channel cannot tell.
    static func read(from channel: any Channel) -> EventLoopFuture<PeerCredentials?> {
        #if os(Linux)
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let future: EventLoopFuture<KernelUcred> = provider.unsafeGetSocketOption(
            level: .socket, name: NIOBSDSocket.Option(rawValue: CInt(SO_PEERCRED)))
        return future
            .map { Optional(PeerCredentials(pid: $0.pid, uid: $0.uid, gid: $0.gid)) }
            .recover { _ in nil }
        #else
        return channel.eventLoop.makeSucceededFuture(nil)
        #endif
    }
}

/// The layout of Linux's `struct ucred`, which Swift's Glibc module does not export.
private struct KernelUcred {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}
