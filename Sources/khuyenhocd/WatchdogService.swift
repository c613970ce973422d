import NIOCore
import NIOPosix
import ServiceLifecycle
import Systemd

/// Pings systemd's watchdog at half of `WATCHDOG_USEC`, from an event loop, so a stuck loop
/// stops the pings and systemd restarts the daemon.
struct WatchdogService: Service {
    let notifier: SystemdNotifier
    let interval: Duration

    func run() async throws {
        let nanoseconds = Int64(interval.components.seconds) * 1_000_000_000 + interval.components.attoseconds / 1_000_000_000
        let notifier = self.notifier
        let task = MultiThreadedEventLoopGroup.singleton.any().scheduleRepeatedTask(
            initialDelay: .zero, delay: .nanoseconds(nanoseconds)
        ) { _ in
            _ = try? notifier.watchdog()
        }
        try? await gracefulShutdown()
        task.cancel()
    }
}
