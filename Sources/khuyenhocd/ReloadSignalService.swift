#if canImport(Glibc)
import Glibc
#endif
import ServiceLifecycle

/// Reloads on every SIGHUP; returns on SIGTERM or SIGINT, which (configured with
/// `successTerminationBehavior: .gracefullyShutdownGroup`) shuts the daemon down gracefully.
/// The signals come through ``SignalPipe``, not ServiceLifecycle's dispatch sources.
struct ReloadSignalService: Service {
    let reloader: Reloader
    /// From ``SignalPipe``, installed as the daemon starts.
    let signals: AsyncStream<Int32>

    func run() async throws {
        for await signal in signals.cancelOnGracefulShutdown() {
            if signal == SIGHUP {
                await reloader.reload()
            } else {
                return
            }
        }
    }
}
