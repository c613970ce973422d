import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// A Unix-socket server that writes back every byte it reads: the physical floor a Varlink
/// round trip is compared with. One blocking thread per connection, no parsing.
final class EchoServer: @unchecked Sendable {
    let path: String
    private let listener: Int32

    init(path: String) throws {
        self.path = path
        unlink(path)
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        let bound = UnixSocketAddress.bind(listener, to: path)
        guard bound == 0, listen(listener, 64) == 0 else { throw BenchError.echoServer(String(cString: strerror(errno))) }
        Thread.detachNewThread { [listener] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                Thread.detachNewThread { Self.echo(connection) }
            }
        }
    }

    private static func echo(_ connection: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { break }
            var written = 0
            while written < count {
                let n = buffer.withUnsafeBytes { write(connection, $0.baseAddress! + written, count - written) }
                guard n > 0 else { close(connection); return }
                written += n
            }
        }
        close(connection)
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        unlink(path)
    }
}
