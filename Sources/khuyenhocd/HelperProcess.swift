import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A copy of the daemon's own executable started for one ``FirstStartTask`` and waited for.
///
/// The helper gets the daemon's environment without systemd's notify, socket-activation and
/// watchdog variables (only the daemon speaks to systemd), default signal handling (the daemon
/// ignores the signals it watches, and ignoring is inherited across exec) and none of the
/// sockets systemd passed; standard output and error stay, so its log goes where the daemon's does.
enum HelperProcess {
    private static let daemonOnlyVariables = [
        "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID",
    ]

    /// Runs the daemon's executable with `arguments` until it exits; nil when it exited with
    /// status 0, else why not, in words for the log.
    static func run(_ arguments: [String]) async -> String? {
        await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            // Spawning and waiting on a thread of its own keeps the blocking waitpid off the
            // cooperative pool, where it would hold one of the daemon's few threads.
            Thread { continuation.resume(returning: spawnAndWait(arguments)) }.start()
        }
    }

    private static func spawnAndWait(_ arguments: [String]) -> String? {
        // The running image itself, even if an upgrade replaced the file since the daemon started;
        // its path only names the helper in `ps`.
        let executable = "/proc/self/exe"
        let name = (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? CommandLine.arguments[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Our own descriptors are close-on-exec; systemd's sockets are not.
        let inherited = ProcessInfo.processInfo.environment["LISTEN_FDS"].flatMap { Int32($0) } ?? 0
        for descriptor in 3..<(3 + max(0, inherited)) { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var watched = sigset_t()
        sigemptyset(&watched)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&watched, signal) }
        posix_spawnattr_setsigdefault(&attributes, &watched)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let environment = ProcessInfo.processInfo.environment.filter { !daemonOnlyVariables.contains($0.key) }
        var argv: [UnsafeMutablePointer<CChar>?] = ([name] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, &argv, &envp)
        guard result == 0 else { return "\(name) could not be started: \(String(cString: strerror(result)))" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return "waiting for the helper (pid \(pid)) failed: \(String(cString: strerror(errno)))" }
        }
        if status & 0x7f != 0 { return "the helper (pid \(pid)) was ended by signal \(status & 0x7f)" }
        let code = (status >> 8) & 0xff
        return code == 0 ? nil : "the helper (pid \(pid)) exited with status \(code)"
    }
}
