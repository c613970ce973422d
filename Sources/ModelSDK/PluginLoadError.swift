/// A plugin that could not set itself up, e.g. because its embedded rubric does not decode.
public struct PluginLoadError: Error, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
