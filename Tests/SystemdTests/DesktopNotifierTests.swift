import CSystemd
import Foundation
import TestProcesses
import Testing

import Systemd

@Suite struct DesktopNotifierErrorTests {
    @Test func noBusAtTheAddressIsSessionBusUnavailable() throws {
        let directory = try TemporaryDirectory()
        let address = "unix:path=\(directory.file("no-bus"))"
        #expect(throws: SystemdError.sessionBusUnavailable(address: address, errno: ENOENT)) {
            try DesktopNotifier(busAddress: address).notify(summary: "s", body: "b")
        }
        let error = SystemdError.sessionBusUnavailable(address: address, errno: ENOENT)
        #expect(error.description.contains(address) && error.description.contains("No such file"))
        #expect(error.isNotificationUnavailable)
        #expect(!SystemdError.busCallFailed(method: "m", errorName: "e", message: "x").isNotificationUnavailable)
    }
}

/// What the fake notification service saw in a `Notify` call.
private struct NotifyCall: Sendable {
    var appName: String
    var summary: String
    var body: String
    var urgency: UInt8?
    var desktopEntry: String?
    var hintNames: [String]
    var timeout: Int32
}

private final class ReceivedNotification: @unchecked Sendable {
    private let lock = NSLock()
    private var _values: NotifyCall?
    var values: NotifyCall? { lock.withLock { _values } }
    func record(_ value: NotifyCall) { lock.withLock { _values = value } }
}

/// A private `dbus-daemon` and, on request, a minimal `org.freedesktop.Notifications` service on it.
private final class PrivateBus: @unchecked Sendable {
    let directory: TemporaryDirectory
    let address: String
    private let daemon: ChildProcess

    init() throws {
        directory = try TemporaryDirectory()
        let socketPath = directory.file("bus")
        address = "unix:path=\(socketPath)"
        let config = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>\(address)</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """
        try config.write(toFile: directory.file("bus.conf"), atomically: true, encoding: .utf8)
        daemon = try ChildProcess(["/usr/bin/dbus-daemon", "--config-file=\(directory.file("bus.conf"))", "--nofork", "--nopidfile"])
        // The socket file appears when dbus-daemon binds it, a moment before it listens: wait
        // until a connection is accepted (a loaded machine showed ECONNREFUSED in between).
        for _ in 0..<250 where !Self.accepts(socketPath) {
            usleep(20_000)
        }
    }

    private static func accepts(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
    }

    deinit {
        daemon.kill()
        daemon.reap()
    }

    /// Serves `Notify` on its own thread, answering `id`, until `body` returns.
    func withNotificationService<T>(
        answering id: UInt32, received: ReceivedNotification, _ body: () throws -> T
    ) throws -> T {
        var bus: OpaquePointer?
        #expect(sd_bus_new(&bus) >= 0)
        #expect(sd_bus_set_address(bus, address) >= 0)
        #expect(sd_bus_set_bus_client(bus, 1) >= 0)
        try #require(sd_bus_start(bus) >= 0)
        try #require(sd_bus_request_name(bus, "org.freedesktop.Notifications", 0) >= 0)

        let context = ServiceContext(id: id, received: received)
        let contextPointer = Unmanaged.passRetained(context).toOpaque()
        var slot: OpaquePointer?
        let added = sd_bus_add_object(
            bus, &slot, "/org/freedesktop/Notifications",
            { message, userdata, _ in
                let context = Unmanaged<ServiceContext>.fromOpaque(userdata!).takeUnretainedValue()
                return context.handle(message)
            }, contextPointer)
        try #require(added >= 0)

        let connection = BusHandle(bus)
        let stop = StopFlag()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            while !stop.isSet {
                let processed = sd_bus_process(connection.bus, nil)
                if processed < 0 { break }
                if processed == 0 { sd_bus_wait(connection.bus, 50_000) }
            }
            finished.signal()
        }
        thread.start()
        defer {
            stop.set()
            finished.wait()
            sd_bus_slot_unref(slot)
            sd_bus_flush_close_unref(bus)
            Unmanaged<ServiceContext>.fromOpaque(contextPointer).release()
        }
        return try body()
    }
}

private final class BusHandle: @unchecked Sendable {
    let bus: OpaquePointer?
    init(_ bus: OpaquePointer?) { self.bus = bus }
}

private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Handles one `Notify` call: checks the signature and the hints layout, records, answers `id`.
private final class ServiceContext {
    let id: UInt32
    let received: ReceivedNotification

    init(id: UInt32, received: ReceivedNotification) {
        self.id = id
        self.received = received
    }

    func handle(_ message: OpaquePointer?) -> Int32 {
        guard sd_bus_message_is_method_call(message, "org.freedesktop.Notifications", "Notify") > 0,
            sd_bus_message_has_signature(message, "susssasa{sv}i") > 0
        else { return 0 }  // not handled: the bus answers with an error
        var appName: UnsafePointer<CChar>?
        var replaces: UInt32 = 0
        var icon: UnsafePointer<CChar>?
        var summary: UnsafePointer<CChar>?
        var body: UnsafePointer<CChar>?
        var timeout: Int32 = 0
        let s = CChar(UInt8(ascii: "s"))
        guard sd_bus_message_read_basic(message, s, &appName) > 0,
            sd_bus_message_read_basic(message, CChar(UInt8(ascii: "u")), &replaces) > 0,
            sd_bus_message_read_basic(message, s, &icon) > 0,
            sd_bus_message_read_basic(message, s, &summary) > 0,
            sd_bus_message_read_basic(message, s, &body) > 0,
            sd_bus_message_skip(message, "as") >= 0,
            sd_bus_message_enter_container(message, CChar(UInt8(ascii: "a")), "{sv}") > 0
        else { return -EINVAL }
        var call = NotifyCall(
            appName: String(cString: appName!), summary: String(cString: summary!), body: String(cString: body!),
            urgency: nil, desktopEntry: nil, hintNames: [], timeout: 0)
        // Every hint the notifier sent, in order; urgency must be a byte and desktop-entry a string.
        while sd_bus_message_enter_container(message, CChar(UInt8(ascii: "e")), "sv") > 0 {
            var key: UnsafePointer<CChar>?
            guard sd_bus_message_read_basic(message, s, &key) > 0 else { return -EINVAL }
            let name = String(cString: key!)
            call.hintNames.append(name)
            switch name {
            case "urgency":
                var urgency: UInt8 = 255
                guard sd_bus_message_enter_container(message, CChar(UInt8(ascii: "v")), "y") > 0,
                    sd_bus_message_read_basic(message, CChar(UInt8(ascii: "y")), &urgency) > 0,
                    sd_bus_message_exit_container(message) >= 0
                else { return -EINVAL }
                call.urgency = urgency
            case "desktop-entry":
                var entry: UnsafePointer<CChar>?
                guard sd_bus_message_enter_container(message, CChar(UInt8(ascii: "v")), "s") > 0,
                    sd_bus_message_read_basic(message, s, &entry) > 0,
                    sd_bus_message_exit_container(message) >= 0
                else { return -EINVAL }
                call.desktopEntry = String(cString: entry!)
            default:
                guard sd_bus_message_skip(message, "v") >= 0 else { return -EINVAL }
            }
            guard sd_bus_message_exit_container(message) >= 0 else { return -EINVAL }
        }
        guard sd_bus_message_exit_container(message) >= 0,
            sd_bus_message_read_basic(message, CChar(UInt8(ascii: "i")), &timeout) > 0
        else { return -EINVAL }
        call.timeout = timeout
        received.record(call)

        var reply: OpaquePointer?
        guard sd_bus_message_new_method_return(message, &reply) >= 0 else { return -ENOMEM }
        defer { sd_bus_message_unref(reply) }
        var answer = id
        guard sd_bus_message_append_basic(reply, CChar(UInt8(ascii: "u")), &answer) >= 0 else { return -EINVAL }
        return sd_bus_send(nil, reply, nil) >= 0 ? 1 : -EIO
    }
}

extension ProcessStateTests {
    @Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dbus-daemon"), "needs dbus-daemon"))
    struct DesktopNotifierBusTests {
        @Test func nothingOwningNotificationsIsNotificationServiceUnavailable() throws {
            let bus = try PrivateBus()
            let notifier = DesktopNotifier(busAddress: bus.address, timeout: .seconds(5))
            do throws(SystemdError) {
                try notifier.notify(summary: "Hạn nộp", body: "còn 3 ngày")
                Issue.record("Notify succeeded with no notification service on the bus")
            } catch {
                guard case let .notificationServiceUnavailable(name, _) = error else {
                    Issue.record("unexpected error: \(error)")
                    return
                }
                #expect(name == "org.freedesktop.DBus.Error.ServiceUnknown")
                #expect(error.description.contains("no desktop notification service"))
                #expect(error.isNotificationUnavailable)
            }
        }

        @Test func notifyReachesTheServiceAndReturnsItsID() throws {
            let bus = try PrivateBus()
            let received = ReceivedNotification()
            let id = try bus.withNotificationService(answering: 42, received: received) {
                try DesktopNotifier(busAddress: bus.address)
                    .notify(summary: "Hạn nộp", body: "Xã A: còn 3 ngày", urgency: .critical, expireTimeout: 5000)
            }
            #expect(id == 42)
            let values = try #require(received.values)
            #expect(values.appName == "KhuyenHoc")
            #expect(values.summary == "Hạn nộp")
            #expect(values.body == "Xã A: còn 3 ngày")
            #expect(values.hintNames == ["urgency", "desktop-entry"])
            #expect(values.urgency == NotificationUrgency.critical.rawValue)
            #expect(values.desktopEntry == "khuyenhoc")
            #expect(values.timeout == 5000)
        }

        @Test func withoutDesktopEntryOnlyTheUrgencyHintIsSent() throws {
            let bus = try PrivateBus()
            let received = ReceivedNotification()
            try bus.withNotificationService(answering: 7, received: received) {
                _ = try DesktopNotifier(appName: "Khuyến học", busAddress: bus.address, desktopEntry: nil)
                    .notify(summary: "Quá hạn 7 ngày: Báo cáo năm", body: "Xã Bích Hòa", urgency: .low)
            }
            let values = try #require(received.values)
            #expect(values.appName == "Khuyến học")
            #expect(values.summary == "Quá hạn 7 ngày: Báo cáo năm")
            #expect(values.hintNames == ["urgency"])
            #expect(values.urgency == NotificationUrgency.low.rawValue)
            #expect(values.timeout == -1)
        }

        @Test func aServiceThatNeverAnswersTimesOut() throws {
            let bus = try PrivateBus()
            // Owns the name but never processes its messages: the call waits for a reply that never comes.
            var silent: OpaquePointer?
            #expect(sd_bus_new(&silent) >= 0)
            #expect(sd_bus_set_address(silent, bus.address) >= 0)
            #expect(sd_bus_set_bus_client(silent, 1) >= 0)
            try #require(sd_bus_start(silent) >= 0)
            defer { sd_bus_flush_close_unref(silent) }
            try #require(sd_bus_request_name(silent, "org.freedesktop.Notifications", 0) >= 0)

            let started = ContinuousClock.now
            #expect(throws: SystemdError.notificationServiceTimedOut(after: .milliseconds(300))) {
                try DesktopNotifier(busAddress: bus.address, timeout: .milliseconds(300)).notify(summary: "s", body: "b")
            }
            let waited = ContinuousClock.now - started
            #expect(waited >= .milliseconds(300) && waited < .seconds(5))
            #expect(SystemdError.notificationServiceTimedOut(after: .milliseconds(300)).isNotificationUnavailable)
        }
    }
}
