import Foundation
import Varlink

/// The real `khuyenhocd`, started on a temporary socket, state, plugin and rubric folder.
final class DaemonProcess: @unchecked Sendable {
    let folder: TemporaryDirectory
    let socket: String
    var pluginDirectory: String
    /// An empty rubric folder, passed as `--rubric-dir` so the machine's own rubric files never
    /// leak into a test.
    let rubricDirectory: String
    /// The state folder passed as `--state-dir`; another daemon's, to restart on its registry.
    var stateDirectory: String
    /// False leaves `--rubric-dir` out, to test where the daemon looks by default.
    var passesRubricDirectory = true
    let process = Process()
    private let logPipe = Pipe()

    /// Prepares the folders; `plugins` are copied into the plugin folder (the citizen plugin by default).
    init(plugins: [URL] = [BuildProducts.citizenPlugin]) throws {
        folder = try TemporaryDirectory()
        socket = folder.path("khuyenhocd.sock")
        pluginDirectory = folder.path("plugins")
        rubricDirectory = folder.path("rubrics")
        stateDirectory = folder.path("state")
        try FileManager.default.createDirectory(atPath: pluginDirectory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: rubricDirectory, withIntermediateDirectories: true)
        for plugin in plugins {
            try FileManager.default.copyItem(atPath: plugin.path, toPath: "\(pluginDirectory)/\(plugin.lastPathComponent)")
        }
    }

    /// Starts the daemon and waits until its socket answers.
    func start(arguments extra: [String] = [], environment: [String: String] = [:]) async throws {
        process.executableURL = BuildProducts.executable("khuyenhocd")
        process.arguments = ["--socket", socket, "--state-dir", stateDirectory, "--plugin-dir", pluginDirectory]
            + (passesRubricDirectory ? ["--rubric-dir", rubricDirectory] : []) + extra
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "LISTEN_FDS")
        env.merge(environment) { $1 }
        process.environment = env
        process.standardError = logPipe
        process.standardOutput = logPipe
        try process.run()
        try await waitUntilAnswering()
    }

    /// Connects a client to the daemon's socket.
    func client() async throws -> VarlinkClient {
        try await VarlinkClient.connect(unixPath: socket)
    }

    /// Sends SIGTERM and waits for the exit status.
    @discardableResult
    func stop(signal: Int32 = SIGTERM) async throws -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        return try await waitForExit()
    }

    func waitForExit(timeout: Duration = .seconds(60)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                throw DaemonProcessError.timedOut("the daemon did not exit")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// Everything the daemon logged so far (read after it exited).
    func log() -> String {
        String(decoding: logPipe.fileHandleForReading.availableData, as: UTF8.self)
    }

    /// Generous: the suites start many daemons at once, and on a loaded 2-core machine a start
    /// took over 20 s; a daemon that answers returns at once, so only a failure waits this long.
    private func waitUntilAnswering() async throws {
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline {
            guard process.isRunning else { throw DaemonProcessError.exited(process.terminationStatus) }
            if let client = try? await VarlinkClient.connect(unixPath: socket) {
                await client.close()
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw DaemonProcessError.timedOut("the daemon's socket did not answer")
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

enum DaemonProcessError: Error {
    case exited(Int32)
    case timedOut(String)
}
