import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain blocking Unix socket client, to put exact bytes on the wire and see exactly what
/// comes back. Blocking calls run on the socket's own dispatch queue, never on the test's
/// cooperative threads.
final class RawSocket: @unchecked Sendable {
    /// A socket call failed or took too long.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let fd: Int32
    private let queue = DispatchQueue(label: "RawSocket")
    private var pending: [UInt8] = []

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Connects to a Unix socket.
    static func connect(path: String) async throws -> RawSocket {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw Failure(description: "socket path too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect: errno \(code)")
        }
        return RawSocket(fd: fd)
    }

    /// Writes all of `text`'s bytes (add "\0" to end a frame).
    func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    /// Writes all of `bytes`; a closed peer is reported as an error, never as SIGPIPE.
    func send(_ bytes: [UInt8]) async throws {
        try await offload { [fd] in
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { throw Failure(description: "send: errno \(errno)") }
                offset += written
            }
        }
    }

    /// The next frame (without its NUL), or nil once the peer has closed the connection.
    /// Throws if nothing complete arrives within `timeout`.
    func readFrame(timeout: Duration = .seconds(5)) async throws -> String? {
        try await offload { [self] in
            let deadline = ContinuousClock.now + timeout
            while true {
                if let nul = pending.firstIndex(of: 0) {
                    let frame = String(decoding: pending[..<nul], as: UTF8.self)
                    pending.removeSubrange(...nul)
                    return frame
                }
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else { throw Failure(description: "no frame within \(timeout)") }
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let milliseconds = Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
                guard poll(&poller, 1, max(milliseconds, 1)) >= 0 else { throw Failure(description: "poll: errno \(errno)") }
                guard poller.revents != 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 65536)
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count == 0 || (count < 0 && errno == ECONNRESET) { return nil }
                guard count > 0 else { throw Failure(description: "recv: errno \(errno)") }
                pending.append(contentsOf: buffer[..<count])
            }
        }
    }

    /// Reads frames until the peer closes; returns them. Throws if it stays open past `timeout`.
    func readUntilClosed(timeout: Duration = .seconds(5)) async throws -> [String] {
        var frames: [String] = []
        while let frame = try await readFrame(timeout: timeout) {
            frames.append(frame)
        }
        return frames
    }

    private func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
