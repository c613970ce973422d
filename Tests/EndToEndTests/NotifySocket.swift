import Foundation
import Varlink

/// A `NOTIFY_SOCKET` the test owns, to read what the daemon tells systemd.
final class NotifySocket {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let bound = UnixSocketAddress.bind(descriptor, to: path)
        guard bound == 0 else { throw CocoaError(.fileWriteUnknown) }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Waits (polling, without blocking the test's executor for long) until a datagram holding
    /// `assignment` arrives; returns that datagram, or nil after `timeout`.
    func waitFor(_ assignment: String, timeout: Duration = .seconds(15)) async -> String? {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0 {
                let message = String(decoding: buffer[0..<count], as: UTF8.self)
                if message.split(separator: "\n").contains(where: { $0 == assignment }) { return message }
            } else {
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        return nil
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}
