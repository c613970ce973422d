import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Spawns the hook command with `posix_spawn`, feeds its input, collects its standard error and
/// waits for it, killing its process group at the deadline. Blocking: call it from its own thread.
enum HookProcess {
    /// How much standard error is kept.
    static let standardErrorLimit = 8192
    /// The input must fit the pipe's buffer (64 KiB on Linux) so it is written before the command
    /// starts: writing later could meet a command that already exited (EPIPE, SIGPIPE).
    static let inputLimit = 60_000

    static func run(arguments: [String], input: [UInt8], timeout: Duration) -> ReminderHookOutcome {
        let start = ContinuousClock.now
        let deadline = start + timeout
        func outcome(_ ending: ReminderHookEnding, _ error: [UInt8] = []) -> ReminderHookOutcome {
            ReminderHookOutcome(
                ending: ending, standardError: String(decoding: error, as: UTF8.self), duration: ContinuousClock.now - start)
        }
        guard let program = arguments.first, !program.isEmpty else { return outcome(.notStarted(errno: EINVAL)) }
        guard input.count <= inputLimit else { return outcome(.notStarted(errno: E2BIG)) }

        // pipe2 is not visible to Swift; between pipe() and FD_CLOEXEC another hook's spawn could
        // inherit the descriptors (and hold our standard error open), so hooks create and spawn in turn.
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
        var inputPipe: [Int32] = [-1, -1]
        guard makePipe(&inputPipe) else { return outcome(.notStarted(errno: errno)) }
        var written = 0
        while written < input.count {
            let count = input[written...].withUnsafeBytes { write(inputPipe[1], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let code = errno
                close(inputPipe[0])
                close(inputPipe[1])
                return outcome(.notStarted(errno: code))
            }
            written += count
        }
        close(inputPipe[1])  // the command reads the input, then end of file
        defer { close(inputPipe[0]) }

        var errorPipe: [Int32] = [-1, -1]
        guard makePipe(&errorPipe) else { return outcome(.notStarted(errno: errno)) }

        let spawned = spawn(arguments, standardInput: inputPipe[0], standardError: errorPipe[1])
        close(errorPipe[1])
        spawnLock.unlock()
        locked = false
        guard case let .success(pid) = spawned else {
            close(errorPipe[0])
            if case let .failure(code) = spawned { return outcome(.notStarted(errno: code.code)) }
            return outcome(.notStarted(errno: EINVAL))
        }

        var captured: [UInt8] = []
        var timedOut = !collect(from: errorPipe[0], into: &captured, until: deadline)
        close(errorPipe[0])
        if timedOut { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, timedOut ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0 {
                if errno == EINTR { continue }
                return outcome(.notStarted(errno: errno), captured)  // reaped by someone else: cannot know
            }
            // It closed standard error but runs on (or is about to exit): wait in short steps.
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                timedOut = true
            } else {
                usleep(10_000)
            }
        }
        if timedOut { return outcome(.timedOut, captured) }
        let signal = status & 0x7f
        return outcome(signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal), captured)
    }

    private static let spawnLock = NSLock()

    /// `pipe()` with both ends close-on-exec, so only the one child they are meant for gets them.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends where fcntl(end, F_SETFD, FD_CLOEXEC) != 0 {
            let code = errno
            close(ends[0])
            close(ends[1])
            errno = code
            return false
        }
        return true
    }

    /// Reads `fd` to its end, keeping the first `standardErrorLimit` bytes; false when the deadline
    /// came first.
    private static func collect(from fd: Int32, into captured: inout [UInt8], until deadline: ContinuousClock.Instant) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero { return false }
            let (seconds, attoseconds) = remaining.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { return true }
            if ready == 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if count <= 0 { return true }
            let room = standardErrorLimit - captured.count
            if room > 0 { captured.append(contentsOf: chunk[..<min(room, count)]) }
        }
    }

    private static func spawn(_ arguments: [String], standardInput: Int32, standardError: Int32) -> Result<pid_t, SpawnErrno> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, standardError, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The caller's thread may block signals (a dispatch or test thread blocks SIGTERM, the daemon
        // ignores SIGPIPE); the command starts with none blocked and the usual dispositions.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)  // its own group, so a timeout kills its children too
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result =
            arguments[0].contains("/")
            ? posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
            : posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        return result == 0 ? .success(pid) : .failure(SpawnErrno(code: result))
    }
}
