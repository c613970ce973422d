import Foundation

/// A model whose plugin crashed and has not evaluated successfully since.
public struct PluginHealthEntry: Codable, Sendable, Equatable {
    /// The file that crashed last; the same file is not loaded again.
    public var file: PluginFileIdentity
    public var signal: Int32
    public var during: PluginActivity
    public var at: Date
    /// Crashes with no successful evaluation between them.
    public var inARow: Int
    /// Not loaded whatever its file, until an administrator releases it.
    public var quarantined: Bool
}
