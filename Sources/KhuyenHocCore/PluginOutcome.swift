import Foundation

/// What one call across the plugin boundary gave back.
public enum PluginOutcome: Sendable {
    /// The JSON answer.
    case success(Data)
    /// The input was wrong: `{"field", "reason"}`.
    case invalidInput(Data)
    /// The plugin failed: `{"reason"}`.
    case failure(Data)
}
