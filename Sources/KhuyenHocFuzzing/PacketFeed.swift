import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Hands bytes to a reader through a descriptor in pieces of chosen lengths, one piece per
/// `read(2)`, as a pipe or a socket may: a byte order mark in two reads, a character or a CRLF
/// cut in half. A sequenced-packet socket keeps the pieces apart whatever the timing, so the same
/// input is always read in the same pieces.
enum PacketFeed {
    /// Runs `body` with the reading end while a thread writes `bytes` cut at `lengths` (the last
    /// piece takes what is left); nil when the socket cannot be made.
    static func read<T>(_ bytes: [UInt8], lengths: [Int], _ body: (FileHandle) -> T) -> T? {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else { return nil }
        let (reading, writing) = (fds[0], fds[1])
        let written = DispatchSemaphore(value: 0)
        let writer = Thread {
            var offset = 0
            var index = 0
            while offset < bytes.count {
                let length = index < lengths.count ? min(max(1, lengths[index]), bytes.count - offset) : bytes.count - offset
                index += 1
                // Fails (EPIPE, no signal) once the reader stopped early and closed its end.
                let sent = bytes.withUnsafeBytes { send(writing, $0.baseAddress! + offset, length, Int32(MSG_NOSIGNAL)) }
                if sent <= 0 { break }
                offset += sent
            }
            close(writing)
            written.signal()
        }
        writer.start()
        let result = body(FileHandle(fileDescriptor: reading, closeOnDealloc: false))
        close(reading)
        written.wait()
        return result
    }
}
