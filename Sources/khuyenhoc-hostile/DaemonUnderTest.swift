import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `khuyenhocd` on a temporary socket and state folder, watched for crashes.
final class DaemonUnderTest {
    let executable: String
    let folder: String
    let socket: String
    let stateDirectory: String
    let arguments: [String]
    private var process: Process?
    private var logFile: String { folder + "/daemon.log" }

    /// `folder` must exist; the socket lives in it, the state in `folder/state`.
    init(executable: String, folder: String, arguments: [String]) {
        self.executable = executable
        self.folder = folder
        socket = folder + "/khuyenhocd.sock"
        stateDirectory = folder + "/state"
        self.arguments = arguments
    }

    var pid: Int32? { process?.processIdentifier }

    /// Starts it and waits (up to 90 s: the machine may be loaded) until its socket answers.
    func start(extra: [String] = []) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--socket", socket, "--state-dir", stateDirectory] + arguments + extra
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        environment.removeValue(forKey: "LISTEN_FDS")
        environment.removeValue(forKey: "DBUS_SESSION_BUS_ADDRESS")
        process.environment = environment
        _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        let log = FileHandle(forWritingAtPath: logFile)
        log?.seekToEndOfFile()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        self.process = process
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline {
            guard process.isRunning else { throw HostileError.failed("khuyenhocd exited at start (\(process.terminationStatus)): \(self.log().suffix(600))") }
            if let connection = try? UnixConnection(path: socket),
               connection.send(frame: #"{"method":"vn.khuyenhoc.Service.GetStatus"}"#),
               case .frame = connection.receive(timeout: .seconds(5)) {
                return
            }
            usleep(20_000)
        }
        throw HostileError.failed("khuyenhocd did not answer within 90 s")
    }

    /// Starts it expecting it may refuse: true when it runs and answers, false when it exited.
    func startAllowingRefusal() -> Bool {
        do {
            try start()
            return true
        } catch {
            return false
        }
    }

    var isRunning: Bool { process?.isRunning ?? false }

    /// The exit status, or the signal that ended it, once it stopped.
    var ending: String {
        guard let process, !process.isRunning else { return "running" }
        return process.terminationReason == .uncaughtSignal
            ? "killed by signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)"
    }

    /// SIGTERM, then waits up to 30 s (SIGKILL after that); true for a clean exit 0.
    @discardableResult
    func stop() -> Bool {
        guard let process else { return true }
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        let deadline = ContinuousClock.now + .seconds(30)
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return false
        }
        return process.terminationReason == .exit && process.terminationStatus == 0
    }

    /// Resident memory (VmRSS) in bytes, from /proc.
    func residentBytes() -> Int? {
        guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kibibytes = line.split(separator: " ").compactMap { Int($0) }.first
            return kibibytes.map { $0 * 1024 }
        }
        return nil
    }

    func log() -> String {
        (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
    }
}
