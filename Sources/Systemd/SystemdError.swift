#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An error from one of the libsystemd wrappers in this module, worded for the person reading the log.
public enum SystemdError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A libsystemd function returned a negative errno.
    case callFailed(function: String, errno: Int32)
    /// Socket activation passed several descriptors and none is named `varlink`.
    case ambiguousListenDescriptors(names: [String])
    /// No D-Bus session bus could be reached (`address` nil means the default user bus).
    case sessionBusUnavailable(address: String?, errno: Int32)
    /// The bus answered, but nothing owns `org.freedesktop.Notifications` on it.
    case notificationServiceUnavailable(errorName: String, message: String)
    /// Something owns `org.freedesktop.Notifications` but did not answer within `after`.
    case notificationServiceTimedOut(after: Duration)
    /// A D-Bus method call failed for another reason.
    case busCallFailed(method: String, errorName: String, message: String)

    public var description: String {
        switch self {
        case let .callFailed(function, errno):
            return "\(function) failed: \(Self.errnoText(errno)) (errno \(errno))"
        case let .ambiguousListenDescriptors(names):
            return "socket activation passed \(names.count) sockets named \(names) and none is named "
                + "'varlink'; set FileDescriptorName=varlink in the .socket unit"
        case let .sessionBusUnavailable(address, errno):
            let which = address.map { "the D-Bus bus at \($0)" } ?? "the D-Bus session bus"
            return "cannot connect to \(which): \(Self.errnoText(errno)); desktop notifications need a "
                + "graphical session (DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus)"
        case let .notificationServiceUnavailable(errorName, message):
            return "no desktop notification service answers on the session bus (\(errorName): \(message)); "
                + "start a notification daemon or disable desktop reminders"
        case let .notificationServiceTimedOut(after):
            return "the desktop notification service did not answer within \(after); the notification "
                + "may not have been shown"
        case let .busCallFailed(method, errorName, message):
            return "D-Bus call \(method) failed: \(errorName): \(message)"
        }
    }

    /// Whether a desktop notification failed because nothing can show it (no session bus, no
    /// notification service, or one that does not answer): the caller should fall back to the journal.
    public var isNotificationUnavailable: Bool {
        switch self {
        case .sessionBusUnavailable, .notificationServiceUnavailable, .notificationServiceTimedOut: return true
        case .callFailed, .ambiguousListenDescriptors, .busCallFailed: return false
        }
    }

    static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
