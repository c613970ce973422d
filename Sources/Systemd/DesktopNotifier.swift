import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Shows desktop notifications through `org.freedesktop.Notifications` on the D-Bus session bus.
///
/// Each call opens its own bus connection (sd-bus objects are not thread-safe, and notifications are
/// rare) and blocks until the notification daemon answers or `timeout` passes: call it off the event
/// loop. When it fails with an error whose `isNotificationUnavailable` is true, nobody will see the
/// notification and the caller should say it another way (the journal).
///
/// ```swift
/// let id = try DesktopNotifier().notify(summary: "Hạn nộp", body: "Xã A: còn 3 ngày", urgency: .normal)
/// ```
public struct DesktopNotifier: Sendable {
    /// The `app_name` the notification daemon shows.
    public var appName: String
    /// A D-Bus address such as `unix:path=/run/user/1000/bus`; nil means the user's session bus
    /// (`DBUS_SESSION_BUS_ADDRESS`, else `$XDG_RUNTIME_DIR/bus`).
    public var busAddress: String?
    /// How long to wait for the notification daemon's reply.
    public var timeout: Duration
    /// The `desktop-entry` hint: the `.desktop` file (without the suffix) the notification belongs
    /// to, so the desktop can group them and apply the user's settings; nil sends no such hint.
    public var desktopEntry: String?

    /// Creates a notifier for `appName` on the given bus.
    public init(
        appName: String = "KhuyenHoc", busAddress: String? = nil, timeout: Duration = .seconds(2),
        desktopEntry: String? = "khuyenhoc"
    ) {
        self.appName = appName
        self.busAddress = busAddress
        self.timeout = timeout
        self.desktopEntry = desktopEntry
    }

    /// Calls `Notify` (signature `susssasa{sv}i`) and returns the id the notification daemon gave.
    ///
    /// - Parameter expireTimeout: milliseconds; -1 lets the notification daemon decide, 0 never.
    /// - Throws: `SystemdError.sessionBusUnavailable` when there is no bus,
    ///   `.notificationServiceUnavailable` when nothing on the bus provides notifications,
    ///   `.notificationServiceTimedOut` when it does not answer within `timeout`,
    ///   `.busCallFailed` for other failures.
    @discardableResult
    public func notify(
        summary: String,
        body: String,
        urgency: NotificationUrgency = .normal,
        icon: String = "",
        expireTimeout: Int32 = -1
    ) throws(SystemdError) -> UInt32 {
        let bus = try openBus()
        defer { sd_bus_flush_close_unref(bus) }

        var message: OpaquePointer?
        try check(
            sd_bus_message_new_method_call(
                bus, &message, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications", "Notify"),
            "sd_bus_message_new_method_call")
        defer { sd_bus_message_unref(message) }

        var replacesID: UInt32 = 0
        var urgencyByte = urgency.rawValue
        var timeoutMilliseconds = expireTimeout
        try appendString(message, appName)
        try check(sd_bus_message_append_basic(message, Self.type("u"), &replacesID), "append replaces_id")
        try appendString(message, icon)
        try appendString(message, summary)
        try appendString(message, body)
        try openContainer(message, "a", "s")  // actions: none
        try closeContainer(message)
        try openContainer(message, "a", "{sv}")  // hints
        try openContainer(message, "e", "sv")
        try appendString(message, "urgency")
        try openContainer(message, "v", "y")
        try check(sd_bus_message_append_basic(message, Self.type("y"), &urgencyByte), "append urgency")
        try closeContainer(message)
        try closeContainer(message)
        if let desktopEntry {
            try openContainer(message, "e", "sv")
            try appendString(message, "desktop-entry")
            try openContainer(message, "v", "s")
            try appendString(message, desktopEntry)
            try closeContainer(message)
            try closeContainer(message)
        }
        try closeContainer(message)
        try check(
            sd_bus_message_append_basic(message, Self.type("i"), &timeoutMilliseconds), "append expire_timeout")

        var error = sd_bus_error(name: nil, message: nil, _need_free: 0)
        defer { sd_bus_error_free(&error) }
        var reply: OpaquePointer?
        let result = sd_bus_call(bus, message, Self.microseconds(timeout), &error, &reply)
        defer { sd_bus_message_unref(reply) }
        if result < 0 {
            let name = error.name.map { String(cString: $0) } ?? "errno \(-result)"
            let text = error.message.map { String(cString: $0) } ?? SystemdError.errnoText(-result)
            if result == -ETIMEDOUT || Self.timeoutErrors.contains(name) {
                throw .notificationServiceTimedOut(after: timeout)
            }
            if Self.serviceMissingErrors.contains(name) {
                throw .notificationServiceUnavailable(errorName: name, message: text)
            }
            throw .busCallFailed(method: "org.freedesktop.Notifications.Notify", errorName: name, message: text)
        }
        var id: UInt32 = 0
        try check(sd_bus_message_read_basic(reply, Self.type("u"), &id), "read Notify reply")
        return id
    }

    // What the bus answers when no process owns, or can be activated for, the name.
    static let serviceMissingErrors: Set<String> = [
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NameHasNoOwner",
        "org.freedesktop.DBus.Error.Spawn.ServiceNotFound",
    ]

    // What sd-bus reports when the owner of the name never answers.
    static let timeoutErrors: Set<String> = [
        "org.freedesktop.DBus.Error.Timeout",
        "org.freedesktop.DBus.Error.TimedOut",
        "org.freedesktop.DBus.Error.NoReply",
    ]

    private func openBus() throws(SystemdError) -> OpaquePointer? {
        var bus: OpaquePointer?
        if let busAddress {
            var result = sd_bus_new(&bus)
            if result >= 0 { result = sd_bus_set_address(bus, busAddress) }
            if result >= 0 { result = sd_bus_set_bus_client(bus, 1) }
            if result >= 0 { result = sd_bus_start(bus) }
            if result < 0 {
                sd_bus_flush_close_unref(bus)
                throw .sessionBusUnavailable(address: busAddress, errno: -result)
            }
        } else {
            let result = sd_bus_open_user(&bus)
            if result < 0 { throw .sessionBusUnavailable(address: nil, errno: -result) }
        }
        return bus
    }

    private func appendString(_ message: OpaquePointer?, _ value: String) throws(SystemdError) {
        try check(sd_bus_message_append_basic(message, Self.type("s"), value), "append string")
    }

    private func openContainer(
        _ message: OpaquePointer?, _ type: Unicode.Scalar, _ contents: String
    ) throws(SystemdError) {
        try check(sd_bus_message_open_container(message, Self.type(type), contents), "open container \(contents)")
    }

    private func closeContainer(_ message: OpaquePointer?) throws(SystemdError) {
        try check(sd_bus_message_close_container(message), "close container")
    }

    private func check(_ result: Int32, _ what: String) throws(SystemdError) {
        if result < 0 { throw .callFailed(function: "sd-bus: \(what)", errno: -result) }
    }

    private static func type(_ scalar: Unicode.Scalar) -> CChar {
        CChar(truncatingIfNeeded: scalar.value)
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 1 }
        return UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    }
}
