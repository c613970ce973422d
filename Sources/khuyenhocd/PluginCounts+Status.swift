import KhuyenHocAPI

extension PluginCounts {
    /// The `STATUS=` line systemd shows for the daemon.
    var statusLine: String {
        "serving; model plugins: \(loaded) loaded, \(failed) failed"
    }
}
