import KhuyenHocCore
import Logging

/// Reloads configuration and rubric data, one reload at a time (SIGHUP and `Reload` alike).
actor Reloader {
    let host: PluginHost
    let logger: Logger

    init(host: PluginHost, logger: Logger) {
        self.host = host
        self.logger = logger
    }

    func reload() {
        logger.notice("reloading")
        let counts = host.reload()
        logger.notice("reloaded", metadata: ["plugins.loaded": "\(counts.loaded)", "plugins.failed": "\(counts.failed)"])
    }
}
