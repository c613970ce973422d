import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// The release `khuyenhocd` beside the benchmark, started with a `NOTIFY_SOCKET` of our own.
final class BenchDaemon {
    /// How long the daemon took to start, and its memory once ready.
    struct Startup {
        /// From just before exec to `READY=1`; nil if the daemon never sent it.
        var toReady: Duration?
        /// From just before exec to the socket accepting a connection.
        var toAccepting: Duration
        var residentKiB: Int?
    }

    let socket: String
    private let products: URL
    private let folder: URL
    private let notifyName: String
    private let process = Process()
    /// The daemon's `NOTIFY_SOCKET`, kept open while it runs so that its later messages (the
    /// watchdog's pings) can be counted.
    private(set) var notify: NotifyListener?

    /// `notifyName` names the notify socket in `folder`: a daemon started again in the same
    /// folder needs a socket of its own.
    init(products: URL, folder: URL, notifyName: String = "notify.sock") throws {
        self.products = products
        self.folder = folder
        self.notifyName = notifyName
        socket = folder.appendingPathComponent("khuyenhocd.sock").path
    }

    /// The daemon's process id.
    var pid: Int32 { process.processIdentifier }

    /// Starts the daemon with `extra` arguments and `environment` added to ours, allowing it
    /// `seconds` to become ready (creating the benchmark's district takes longer than a start on
    /// an existing registry).
    func start(arguments extra: [String] = [], environment added: [String: String?] = [:], seconds: Int = 10) throws -> Startup {
        let notify = try NotifyListener(path: folder.appendingPathComponent(notifyName).path)
        self.notify = notify
        process.executableURL = products.appendingPathComponent("khuyenhocd")
        process.arguments = [
            "--socket", socket, "--state-dir", folder.appendingPathComponent("state").path,
            "--plugin-dir", products.path, "--log-level", "warning",
        ] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notify.path
        for (name, value) in added { environment[name] = value }
        process.environment = environment
        let start = ContinuousClock.now
        try process.run()
        let ready = notify.waitForReady(timeoutSeconds: seconds) ? ContinuousClock.now - start : nil
        while !Self.accepts(socket) {
            guard process.isRunning, ContinuousClock.now - start < .seconds(seconds) else {
                throw BenchError.daemon("did not start; see its log above")
            }
            usleep(1000)
        }
        let accepting = ContinuousClock.now - start
        usleep(200_000)
        return Startup(toReady: ready, toAccepting: accepting, residentKiB: residentKiB())
    }

    /// VmRSS of the daemon, from /proc.
    func residentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }

    private static func accepts(_ path: String) -> Bool {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        return UnixSocketAddress.connect(descriptor, to: path) == 0
    }
}
