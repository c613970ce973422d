import Foundation

/// A daemon that is killed mid-stream: on a plain Unix socket it accepts one connection, answers
/// the first call with one reply that says more will follow, then closes without a last reply.
enum VanishingDaemon {
    /// Listens at `path` and serves one connection on a thread of its own.
    static func start(at path: String) throws {
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: path.utf8.prefix(buffer.count - 1))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(listener, 1) == 0 else {
            close(listener)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        Thread {
            let connection = accept(listener, nil, nil)
            close(listener)
            guard connection >= 0 else { return }
            var byte: UInt8 = 1
            // The call, up to its NUL.
            while read(connection, &byte, 1) == 1 && byte != 0 {}
            let reply = Array(#"{"parameters":{},"continues":true}"#.utf8) + [0]
            _ = reply.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            close(connection)
            unlink(path)
        }.start()
    }
}
