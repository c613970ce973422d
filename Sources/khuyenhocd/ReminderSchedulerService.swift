import KhuyenHocSchedule
import Logging
import ServiceLifecycle

/// Runs the reminder scheduler until a graceful shutdown: it announces what a crash left
/// unannounced, arms every deadline, then sleeps until each next due reminder (ARCHITECTURE.md
/// decision 9).
struct ReminderSchedulerService: Service {
    let reminders: ReminderService
    let clock: TimerFDClock
    let hub: ReminderHub
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await start()
            await reminders.run()
        }
        hub.close()
        clock.shutdown()
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
                return
            } catch {
                logger.error("reminder scheduler could not start; trying again", metadata: ["error": "\(error)", "in": "\(delay)"])
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(60))
            }
        }
    }
}
