import KhuyenHocAPI

/// A plugin file as the host knows it: what it reported and, if it loaded, how to call it.
public struct LoadedModel: Sendable {
    public var info: ModelInfo
    /// The model's description, for a loaded plugin.
    public var description: ModelDescription?
    /// The function table, for a loaded plugin.
    public var plugin: ModelPlugin?
}
