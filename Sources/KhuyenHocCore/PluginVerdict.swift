/// Whether a plugin file may be loaded, by its model's crash history.
public enum PluginVerdict: Sendable, Equatable {
    /// No crash on record.
    case healthy
    /// It crashed, and this is another file: loaded, until its first success or its next crash.
    case probation(PluginHealthEntry)
    /// It crashed, and this is the same file: not loaded.
    case disabled(PluginHealthEntry)
    /// It crashed twice in a row: not loaded until released.
    case quarantined(PluginHealthEntry)

    /// Whether the file may be loaded.
    public var loads: Bool {
        switch self {
        case .healthy, .probation: true
        case .disabled, .quarantined: false
        }
    }

    /// The crash on record, if any.
    public var entry: PluginHealthEntry? {
        switch self {
        case .healthy: nil
        case .probation(let entry), .disabled(let entry), .quarantined(let entry): entry
        }
    }
}
