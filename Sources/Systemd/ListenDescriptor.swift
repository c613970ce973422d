/// A socket passed by socket activation: its descriptor and the unit's `FileDescriptorName=`.
public struct ListenDescriptor: Sendable, Hashable {
    /// The file descriptor, from `SD_LISTEN_FDS_START` (3) upwards.
    public var fd: Int32
    /// The name from `LISTEN_FDNAMES`; systemd says `unknown` when the unit sets none.
    public var name: String

    /// Creates a descriptor entry.
    public init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
    }
}
