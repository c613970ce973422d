import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Finds the listening sockets systemd passed to the daemon (`LISTEN_FDS`, `LISTEN_FDNAMES`).
///
/// ```swift
/// if let socket = try SocketActivation.varlinkDescriptor() {
///     // adopt socket.fd, e.g. with NIO's ServerBootstrap.withBoundSocket
/// }
/// ```
public enum SocketActivation {
    /// The `FileDescriptorName=` the `.socket` units give the Varlink socket.
    public static let varlinkName = "varlink"

    /// The passed descriptors with their names, empty when the daemon was not socket-activated.
    ///
    /// Clears `LISTEN_FDS`, `LISTEN_PID` and `LISTEN_FDNAMES` (so child processes do not inherit
    /// them): call it once and keep the result.
    public static func listenDescriptors() throws(SystemdError) -> [ListenDescriptor] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = sd_listen_fds_with_names(1, &names)
        if count < 0 { throw .callFailed(function: "sd_listen_fds_with_names", errno: -count) }
        defer {
            if let names {
                for index in 0..<Int(count) { free(names[index]) }
                free(names)
            }
        }
        return (0..<count).map { index in
            let name = names?[Int(index)].map { String(cString: $0) } ?? "unknown"
            return ListenDescriptor(fd: SD_LISTEN_FDS_START + index, name: name)
        }
    }

    /// Picks the Varlink socket: the one named `varlink`, else the only one, else nil when none.
    ///
    /// Throws when there are several and none is named `varlink`, as guessing would serve Varlink
    /// on a socket meant for something else.
    public static func selectVarlink(
        from descriptors: [ListenDescriptor]
    ) throws(SystemdError) -> ListenDescriptor? {
        if let named = descriptors.first(where: { $0.name == varlinkName }) { return named }
        if descriptors.count <= 1 { return descriptors.first }
        throw .ambiguousListenDescriptors(names: descriptors.map(\.name))
    }

    /// `listenDescriptors()` then `selectVarlink(from:)`: the inherited Varlink socket, or nil.
    public static func varlinkDescriptor() throws(SystemdError) -> ListenDescriptor? {
        try selectVarlink(from: listenDescriptors())
    }
}
