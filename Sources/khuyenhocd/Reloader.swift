import KhuyenHocCore
import Logging
import Systemd

/// Reloads settings and rubric data, one reload at a time (SIGHUP and `Reload` alike).
///
/// The admin group and the plugins' rubric data take effect at once; a changed socket, folder or
/// limit needs a restart, and the log says so. Settings that do not read leave the old ones in force.
actor Reloader {
    let host: PluginHost
    let authorizer: AdminPolicy
    let notifier: SystemdNotifier
    let logger: Logger
    private var settings: DaemonSettings
    private let reread: @Sendable () throws -> DaemonSettings

    init(host: PluginHost, authorizer: AdminPolicy, settings: DaemonSettings,
         reread: @escaping @Sendable () throws -> DaemonSettings, notifier: SystemdNotifier, logger: Logger) {
        self.notifier = notifier
        self.host = host
        self.authorizer = authorizer
        self.settings = settings
        self.reread = reread
        self.logger = logger
    }

    func reload() {
        logger.notice("reloading")
        _ = try? notifier.reloading()
        do {
            let fresh = try reread()
            if fresh.adminGroup != settings.adminGroup {
                authorizer.replace(with: try PeerAuthorizer(groupName: fresh.adminGroup))
                logger.notice("admin group changed", metadata: ["group": "\(fresh.adminGroup ?? "none")"])
            }
            var pending = fresh
            pending.adminGroup = settings.adminGroup
            if pending != settings {
                logger.warning("changed settings other than adminGroup take effect when the daemon restarts")
            }
            settings.adminGroup = fresh.adminGroup
        } catch {
            logger.error("settings not reloaded, the previous ones stay in force: \(error)")
        }
        let counts = host.reload()
        logger.notice("reloaded", metadata: ["plugins.loaded": "\(counts.loaded)", "plugins.failed": "\(counts.failed)"])
        _ = try? notifier.ready(status: counts.statusLine)
    }
}
