import Foundation

/// A private `dbus-daemon --session` and, when asked, a fake `org.freedesktop.Notifications` service
/// on it (Python, `dbus-next`) that appends every `Notify` call it gets to a JSON-lines file.
final class FakeNotificationBus: @unchecked Sendable {
    /// Whether the tools are installed (`make deps` installs both).
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dbus-daemon") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import dbus_next"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    let folder: TemporaryFolder
    let address: String
    private var processes: [Process] = []

    init(withService: Bool) throws {
        folder = try TemporaryFolder()
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: "/usr/bin/dbus-daemon")
        daemon.arguments = ["--session", "--print-address", "--nofork", "--nopidfile"]
        let (daemonOutput, _) = try Self.start(daemon)
        processes.append(daemon)
        address = try Self.firstLine(daemonOutput)
        guard address.hasPrefix("unix:") else { throw POSIXError(.EPROTO) }
        if withService {
            let service = Process()
            service.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            service.arguments = ["python3", "-c", Self.serviceScript, address, receivedPath]
            let (serviceOutput, _) = try Self.start(service)
            processes.append(service)
            guard try Self.firstLine(serviceOutput) == "ready" else { throw POSIXError(.EPROTO) }
        }
    }

    deinit {
        // SIGKILL: a child started from a test thread inherits its mask, in which SIGTERM is blocked.
        for process in processes.reversed() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    var receivedPath: String { folder.file("received.jsonl") }

    /// Every `Notify` call the service got, in order.
    func received() throws -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: receivedPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    private static func start(_ process: Process) throws -> (FileHandle, Process) {
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return (output.fileHandleForReading, process)
    }

    /// Reads up to the first newline (the process prints it once ready, within a few seconds).
    private static func firstLine(_ handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { throw POSIXError(.EPIPE) }  // exited before saying it is ready
            bytes += chunk
        }
        return String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    private static let serviceScript = #"""
        import asyncio, json, sys
        from dbus_next.aio import MessageBus
        from dbus_next.service import ServiceInterface, method

        class Notifications(ServiceInterface):
            def __init__(self, out):
                super().__init__('org.freedesktop.Notifications')
                self.out = out

            @method()
            def Notify(self, app_name: 's', replaces_id: 'u', app_icon: 's', summary: 's', body: 's',
                       actions: 'as', hints: 'a{sv}', expire_timeout: 'i') -> 'u':
                record = {"appName": app_name, "replacesId": replaces_id, "icon": app_icon, "summary": summary,
                          "body": body, "actions": actions, "expireTimeout": expire_timeout,
                          "hints": {k: [v.signature, v.value] for k, v in hints.items()}}
                with open(self.out, "a") as f:
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
                return 77

        async def main(address, out):
            bus = await MessageBus(bus_address=address).connect()
            bus.export('/org/freedesktop/Notifications', Notifications(out))
            await bus.request_name('org.freedesktop.Notifications')
            print("ready", flush=True)
            await asyncio.get_running_loop().create_future()

        asyncio.run(main(sys.argv[1], sys.argv[2]))
        """#
}
