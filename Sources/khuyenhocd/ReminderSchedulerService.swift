import KhuyenHocSchedule
import KhuyenHocStore
import Logging
import ServiceLifecycle

/// Runs the reminder scheduler until a graceful shutdown: it announces what a crash left
/// unannounced, arms every deadline, then sleeps until each next due reminder (ARCHITECTURE.md
/// decision 9).
struct ReminderSchedulerService: Service {
    let reminders: ReminderService
    /// The store the scheduler read every deadline from at start, whose caches are then released.
    let registry: any RegistryStore
    let clock: TimerFDClock
    let hub: ReminderHub
    /// The slow channels, given until `drainLimit` at a graceful stop to take what they hold.
    let outbox: ReminderOutbox
    let drainLimit: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await start()
            await reminders.run()
        }
        hub.close()
        clock.shutdown()
        if await !outbox.finish(within: drainLimit) {
            logger.warning("stopping with reminders the hook or the desktop had not taken yet; the next start announces them again",
                           metadata: ["waited": "\(drainLimit)"])
        }
    }

    /// Starts the scheduler, trying again while the store fails (a full or locked disk), so that
    /// no reminder is lost for a passing fault.
    private func start() async {
        var delay = Duration.seconds(1)
        while !Task.isCancelled {
            do {
                let repeated = try await reminders.start()
                if !repeated.isEmpty {
                    logger.notice("announced again reminders a stop had left unannounced", metadata: ["count": "\(repeated.count)"])
                }
                let unschedulable = await reminders.unschedulable
                for (id, error) in unschedulable {
                    logger.error("deadline not scheduled: its rule cannot be read", metadata: ["deadline-id": "\(id)", "error": "\(error)"])
                }
                await MemoryRelease.releaseCaches(of: registry)
                return
            } catch {
                logger.error("reminder scheduler could not start; trying again", metadata: ["error": "\(error)", "in": "\(delay)"])
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(60))
            }
        }
    }
}
