import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process for end-to-end tests: output goes to temporary files, and it never outlives
/// its deadline (it is killed).
final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let outputURL: URL
    private let errorURL: URL
    let commandLine: String

    /// Starts `executable` (a path, or a name looked up in `PATH`) with `arguments`.
    init(_ executable: String, _ arguments: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        outputURL = scratch.appendingPathComponent("stdout")
        errorURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        commandLine = ([executable] + arguments).joined(separator: " ")
        // The child inherits the spawning thread's signal mask, and the test's worker threads
        // block signals: spawn with none blocked, or SIGTERM would never reach the child.
        var none = sigset_t()
        var previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Waits for the process to exit; kills it and returns nil if it runs past `timeout`.
    func wait(timeout: Duration = .seconds(30)) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                kill()
                return nil
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// Asks the process to stop (SIGTERM), then kills it if it is still there after 5 s.
    func stop() async {
        guard process.isRunning else { return }
        process.terminate()
        if await wait(timeout: .seconds(5)) == nil { kill() }
    }

    /// What the process wrote to stdout and stderr so far.
    var output: String {
        let out = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        return "$ \(commandLine)\n--- stdout\n\(out)--- stderr\n\(err)"
    }

    var standardOutput: String { (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "" }

    private func kill() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
