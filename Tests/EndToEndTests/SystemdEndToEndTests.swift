import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// The daemon under systemd's protocols: readiness, reload, stop, watchdog, socket activation.
@Suite struct SystemdEndToEndTests {
    @Test func tellsSystemdWhenReadyReloadingAndStopping() async throws {
        let daemon = try DaemonProcess()
        let notify = try NotifySocket(path: daemon.folder.path("notify.sock"))
        try await daemon.start(environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "200000"])
        let ready = await notify.waitFor("READY=1")
        #expect(ready?.contains("STATUS=serving; model plugins: 1 loaded, 0 failed") == true, "\(ready ?? "nothing")")
        #expect(await notify.waitFor("WATCHDOG=1") != nil)

        kill(daemon.process.processIdentifier, SIGHUP)
        let reloading = await notify.waitFor("RELOADING=1")
        #expect(reloading?.contains("MONOTONIC_USEC=") == true)
        #expect(await notify.waitFor("READY=1") != nil)

        kill(daemon.process.processIdentifier, SIGTERM)
        #expect(await notify.waitFor("STOPPING=1") != nil)
        #expect(try await daemon.waitForExit() == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate")))
    func adoptsTheSocketSystemdPasses() async throws {
        let folder = try TemporaryDirectory()
        let socket = folder.path("activated.sock")
        let notify = try NotifySocket(path: folder.path("notify.sock"))
        let plugins = folder.path("plugins")
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: BuildProducts.citizenPlugin.path, toPath: "\(plugins)/libKhuyenHocCitizen.so")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        process.arguments = [
            "-l", socket, "--fdname=varlink", "-E", "NOTIFY_SOCKET=\(notify.path)",
            BuildProducts.executable("khuyenhocd").path,
            "--socket", folder.path("unused.sock"), "--state-dir", folder.path("state"), "--plugin-dir", plugins,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        var client: VarlinkClient?
        for _ in 0..<500 where client == nil {
            client = try? await VarlinkClient.connect(unixPath: socket)
            if client == nil { try await Task.sleep(for: .milliseconds(10)) }
        }
        let connected = try #require(client)
        let status: ServiceStatus = try await connected.call("vn.khuyenhoc.Service.GetStatus")
        #expect(status.socketActivated)
        #expect(status.plugins == PluginCounts(loaded: 1, failed: 0))
        #expect(await notify.waitFor("READY=1") != nil)
        #expect(!FileManager.default.fileExists(atPath: folder.path("unused.sock")))
        await connected.close()

        kill(process.processIdentifier, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(15)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
    }
}
