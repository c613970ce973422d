import Foundation

/// A private `dbus-daemon --session` and, when asked, a fake `org.freedesktop.Notifications` service
/// on it (Python, `dbus-next`) that appends every `Notify` call it gets to a JSON-lines file.
public final class FakeNotificationBus: @unchecked Sendable {
    /// Whether the tools are installed (`make deps` installs both).
    public static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dbus-daemon"),
            let check = try? ChildProcess(["python3", "-c", "import dbus_next"], quiet: true)
        else { return false }
        return check.exitStatus() == 0
    }()

    /// A private folder for the service's record, removed with the bus.
    private let folder: String
    /// The bus address, for `DBUS_SESSION_BUS_ADDRESS`.
    public let address: String
    private let daemon: ChildProcess
    private let service: ChildProcess?

    public init(withService: Bool) throws {
        var template = Array("/tmp/khbus-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        folder = String(cString: created)
        daemon = try ChildProcess(["/usr/bin/dbus-daemon", "--session", "--print-address", "--nofork", "--nopidfile"])
        address = try daemon.firstLine()
        guard address.hasPrefix("unix:") else { throw POSIXError(.EPROTO) }
        if withService {
            let service = try ChildProcess(["python3", "-c", Self.serviceScript, address, "\(folder)/received.jsonl"])
            self.service = service
            guard try service.firstLine() == "ready" else { throw POSIXError(.EPROTO) }
        } else {
            service = nil
        }
    }

    deinit {
        // Both killed before either is waited for.
        service?.kill()
        daemon.kill()
        service?.reap()
        daemon.reap()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Every `Notify` call the service got, in order.
    public func received() throws -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: "\(folder)/received.jsonl", encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
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
