#if canImport(Glibc)
import Glibc
#endif
import ServiceLifecycle

/// Reloads on every SIGHUP; returns on SIGTERM or SIGINT, which (configured with
/// `successTerminationBehavior: .gracefullyShutdownGroup`) shuts the daemon down gracefully.
/// The signals come through ``SignalPipe``, not ServiceLifecycle's dispatch sources.
struct ReloadSignalService: Service {
    let reloader: Reloader

    func run() async throws {
        for await signal in SignalPipe.signals([SIGHUP, SIGTERM, SIGINT]).cancelOnGracefulShutdown() {
            if signal == SIGHUP {
                await reloader.reload()
            } else {
                return
            }
        }
    }
}
