import Foundation

/// A child process started with `posix_spawnp`, its standard output on a pipe, reaped with `waitpid`.
///
/// Not Foundation's `Process`: it reaps on one shared thread with a blocking `waitpid` as soon as the
/// child closes a descriptor it inherited, and dbus-daemon closes every inherited descriptor at start,
/// so that thread would wait on the running bus and no other test's process would ever be reaped.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    private let output: Int32
    private var reaped = false
    private var status: Int32 = 0

    /// Starts `arguments` (the program looked up in `PATH`); `quiet` sends its standard error to /dev/null.
    public init(_ arguments: [String], quiet: Bool = false) throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        // Nothing else the test process has open: a pipe another test is creating at this moment
        // (before it is marked close-on-exec) must not stay open in a child that outlives it, or
        // that test waits for an end of file that comes only when this child exits.
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(ends[1])
        guard result == 0 else {
            close(ends[0])
            throw POSIXError(.init(rawValue: result) ?? .EIO)
        }
        self.pid = pid
        output = ends[0]
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// The first line the child writes to standard output, waiting at most `timeout` for it (a
    /// Python service importing its modules took over 10 s on a machine loaded by parallel builds).
    public func firstLine(timeout: Duration = .seconds(60)) throws -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 512)
        let deadline = ContinuousClock.now + timeout
        while !bytes.contains(UInt8(ascii: "\n")) {
            guard ContinuousClock.now < deadline else { throw POSIXError(.ETIMEDOUT) }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) >= 0 || errno == EINTR else { throw POSIXError(.EIO) }
            guard descriptor.revents != 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count == 0 { throw POSIXError(.EPIPE) }  // exited before saying it is ready
            if count > 0 { bytes += chunk[..<count] }
        }
        return String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    /// Everything the child writes to standard output, up to its end.
    public func readToEnd() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Waits for the child and returns its exit status (-1 when a signal ended it).
    public func exitStatus() -> Int32 {
        reap()
        return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
    }

    /// Sends SIGKILL (a child of a test thread inherits a mask in which SIGTERM may be blocked).
    public func kill() {
        if !reaped { _ = Glibc.kill(pid, SIGKILL) }
    }

    /// Waits for the child's end.
    public func reap() {
        guard !reaped else { return }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        close(output)
    }

    deinit {
        kill()
        reap()
    }
}
