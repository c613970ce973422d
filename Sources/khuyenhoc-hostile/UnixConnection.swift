import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw client connection to a Unix socket: bytes out, NUL-terminated frames in, with a
/// timeout on every read, so that a hostile case can send what no well-behaved client would.
final class UnixConnection {
    /// What one read of a frame came to.
    enum Read {
        case frame(Data)
        /// The daemon closed the connection (or reset it) before a whole frame came.
        case closed
        case timedOut
    }

    let descriptor: Int32
    private var pending = [UInt8]()
    private var isOpen = true

    /// Connects; `nonBlocking` makes a full listen backlog fail at once (EAGAIN) instead of waiting.
    init(path: String, nonBlocking: Bool = false) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HostileError.system("socket", errno) }
        if nonBlocking { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            Glibc.close(descriptor)
            throw HostileError.failed("socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw HostileError.system("connect", code)
        }
        if nonBlocking { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
    }

    deinit { close() }

    /// Sends every byte; false when the daemon closed the connection meanwhile.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Glibc.send(descriptor, raw.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Sends a call's JSON text with its NUL terminator.
    @discardableResult
    func send(frame text: String) -> Bool { send(Array(text.utf8) + [0]) }

    /// Reads the next frame, waiting at most `timeout`.
    func receive(timeout: Duration) -> Read {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let nul = pending.firstIndex(of: 0) {
                let frame = Data(pending[..<nul])
                pending.removeSubrange(...nul)
                return .frame(frame)
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return .timedOut }
            switch waitReadable(milliseconds: Int32(clamping: left.milliseconds + 1)) {
            case false: return .timedOut
            case true: break
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { return .closed }
            pending.append(contentsOf: buffer[0..<count])
        }
    }

    /// True when the daemon has closed its side: a read would return end of file (or an error).
    func isClosedByPeer(within timeout: Duration = .zero) -> Bool {
        guard waitReadable(milliseconds: Int32(clamping: timeout.milliseconds)) else { return false }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count == 0 || (count < 0 && errno != EAGAIN)
    }

    /// Shuts the sending side: the daemon sees the end of input.
    func shutdownOutput() { shutdown(descriptor, Int32(SHUT_WR)) }

    func close() {
        guard isOpen else { return }
        isOpen = false
        Glibc.close(descriptor)
    }

    private func waitReadable(milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, max(0, milliseconds))
            if ready < 0, errno == EINTR { continue }
            return ready > 0
        }
    }
}

extension Duration {
    /// Whole milliseconds, for poll(2).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
