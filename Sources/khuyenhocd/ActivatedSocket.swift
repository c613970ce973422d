/// The listening socket systemd passed, if any.
enum ActivatedSocket {
    static func inherited() throws -> Int32? {
        nil
    }
}
