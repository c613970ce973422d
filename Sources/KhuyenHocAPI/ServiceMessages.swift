/// Plugins by outcome (`vn.khuyenhoc.Service.PluginCounts`).
public struct PluginCounts: Codable, Sendable, Equatable {
    public var loaded: Int
    public var failed: Int

    public init(loaded: Int, failed: Int) {
        self.loaded = loaded
        self.failed = failed
    }
}

/// `vn.khuyenhoc.Service.GetStatus` reply.
public struct ServiceStatus: Codable, Sendable {
    public var version: String
    public var startedAt: String
    public var uptimeSeconds: Double
    public var socket: String
    public var mode: String
    public var socketActivated: Bool
    public var stateDirectory: String
    public var pluginDirectory: String
    /// The folder of rubric files that replace the plugins' built-in rubrics.
    public var rubricDirectory: String
    public var plugins: PluginCounts

    public init(
        version: String, startedAt: String, uptimeSeconds: Double, socket: String, mode: String,
        socketActivated: Bool, stateDirectory: String, pluginDirectory: String, rubricDirectory: String,
        plugins: PluginCounts
    ) {
        self.version = version
        self.startedAt = startedAt
        self.uptimeSeconds = uptimeSeconds
        self.socket = socket
        self.mode = mode
        self.socketActivated = socketActivated
        self.stateDirectory = stateDirectory
        self.pluginDirectory = pluginDirectory
        self.rubricDirectory = rubricDirectory
        self.plugins = plugins
    }
}

/// `vn.khuyenhoc.Service.Reload` reply.
public struct ReloadReply: Codable, Sendable {
    public var plugins: PluginCounts

    public init(plugins: PluginCounts) {
        self.plugins = plugins
    }
}
