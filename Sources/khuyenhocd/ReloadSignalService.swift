import ServiceLifecycle
import UnixSignals

/// Reloads on every SIGHUP until shutdown.
struct ReloadSignalService: Service {
    let reloader: Reloader

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            await reloader.reload()
        }
    }
}
