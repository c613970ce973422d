/// The last crash of a model's plugin, while it is disabled, quarantined or on probation
/// (`vn.khuyenhoc.Models.PluginCrash`).
public struct PluginCrash: Codable, Sendable, Equatable {
    /// The signal the daemon died by: "SIGSEGV", "SIGABRT", "SIGILL", …
    public var signal: String
    /// "loading", "describing", "evaluating", "configuring", or "running" (on a thread of the plugin's own).
    public var during: String
    /// When, RFC 3339.
    public var at: String
    /// Crashes with no successful evaluation between them.
    public var inARow: Int
    /// Not loaded, whatever its file, until an administrator releases it.
    public var quarantined: Bool

    public init(signal: String, during: String, at: String, inARow: Int, quarantined: Bool) {
        self.signal = signal
        self.during = during
        self.at = at
        self.inARow = inARow
        self.quarantined = quarantined
    }
}
