import Logging
import ServiceLifecycle
import Systemd
import Varlink

/// Keeps the Varlink server running until a graceful shutdown, then stops accepting, lets calls
/// in progress finish and closes every connection.
struct ServerService: Service {
    let server: VarlinkServer
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        logger.notice("stopping")
        _ = try? notifier.stopping()
        await server.shutdown()
    }
}
