import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// A `NOTIFY_SOCKET` of our own, to time how long the daemon takes to send `READY=1`.
final class NotifyListener {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        unlink(path)
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let bound = UnixSocketAddress.bind(descriptor, to: path)
        guard bound == 0 else { throw BenchError.daemon("cannot bind \(path)") }
    }

    /// Blocks until a datagram containing `READY=1` arrives or the timeout passes.
    func waitForReady(timeoutSeconds: Int) -> Bool {
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { return false }
            let message = String(decoding: buffer[0..<count], as: UTF8.self)
            if message.split(separator: "\n").contains("READY=1") { return true }
        }
    }

    /// The messages waiting, without blocking.
    func drain() -> [String] {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var messages: [String] = []
        while true {
            let count = recv(descriptor, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            guard count > 0 else { return messages }
            messages.append(String(decoding: buffer[0..<count], as: UTF8.self))
        }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}
