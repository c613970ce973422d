import Foundation

/// Runs a short command and waits for it with `posix_spawn` and `waitpid`, outside Foundation's
/// `Process`. `Process.waitUntilExit()` on a test's (cooperative) thread waits for Foundation's
/// child monitor, which runs on the same dispatch threads: with two cores, two tests waiting at
/// once starved it and the suite hung (seen with `mount` in a full run under load).
enum SpawnedCommand {
    /// The command's exit status, or -1 when it could not be started or did not exit normally.
    /// Its output goes to /dev/null.
    @discardableResult
    static func status(_ executable: String, _ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED / WEXITSTATUS, which are macros Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
