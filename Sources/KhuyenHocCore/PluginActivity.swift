import CPluginGuard

/// What the daemon was having a plugin do when it crashed.
public enum PluginActivity: String, Codable, Sendable {
    /// `dlopen` (the library's initializers) or the entry point.
    case loading
    case describing
    case evaluating
    case configuring
    /// On a thread the plugin started itself (the crash was in the plugin's code).
    case running

    init?(guardValue: Int32) {
        switch UInt32(bitPattern: guardValue) {
        case KHUYENHOC_GUARD_LOADING.rawValue: self = .loading
        case KHUYENHOC_GUARD_DESCRIBING.rawValue: self = .describing
        case KHUYENHOC_GUARD_EVALUATING.rawValue: self = .evaluating
        case KHUYENHOC_GUARD_CONFIGURING.rawValue: self = .configuring
        case KHUYENHOC_GUARD_RUNNING.rawValue: self = .running
        default: return nil
        }
    }

    /// The words of the crash line and of `ModelInfo.error`.
    var words: String {
        switch self {
        case .describing: "describing itself"
        case .running: "running a thread of its own"
        default: rawValue
        }
    }
}
