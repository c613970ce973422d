import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes from a file descriptor or from memory, a chunk at a time into one reused buffer, so
/// reading a file of any size holds one chunk.
final class RawInput {
    static let chunkSize = 1 << 16

    private enum Origin {
        case descriptor(Int32, owned: Bool)
        case memory([UInt8], position: Int)
    }

    private var origin: Origin

    init(_ source: SpreadsheetSource) throws(SpreadsheetProblem) {
        switch source {
        case .file(let path):
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .cannotOpen(reason: "\(path): \(String(cString: strerror(errno)))") }
            origin = .descriptor(fd, owned: true)
        case .handle(let handle):
            origin = .descriptor(handle.fileDescriptor, owned: false)
        case .bytes(let bytes):
            origin = .memory(bytes, position: 0)
        }
    }

    deinit {
        if case .descriptor(let fd, true) = origin { close(fd) }
    }

    /// Replaces `buffer`'s contents with the next chunk; empty at the end.
    func read(into buffer: inout [UInt8]) throws(SpreadsheetProblem) {
        buffer.removeAll(keepingCapacity: true)
        switch origin {
        case .descriptor(let fd, _):
            let chunk = Self.chunkSize
            var failure: Int32 = 0
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                while true {
                    let n = systemRead(fd, raw.baseAddress, chunk)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    return n
                }
            }
            guard count >= 0 else {
                buffer.removeAll(keepingCapacity: true)
                throw .cannotRead(reason: String(cString: strerror(failure)))
            }
            buffer.removeLast(chunk - count)
        case .memory(let bytes, let position):
            let end = min(bytes.count, position + Self.chunkSize)
            buffer.append(contentsOf: bytes[position..<end])
            origin = .memory(bytes, position: end)
        }
    }
}

/// At file scope `read` is the system call, not ``RawInput/read(into:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
