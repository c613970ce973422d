#if canImport(Glibc)
import Glibc
#endif

/// Where a Varlink server listens.
public enum VarlinkEndpoint: Sendable, Equatable {
    /// Bind a Unix socket at a path, replacing a stale socket file, then set its mode and group.
    case path(String, mode: mode_t = 0o600, group: gid_t? = nil)
    /// Serve a listening socket inherited from systemd socket activation.
    case inheritedDescriptor(CInt)
}
