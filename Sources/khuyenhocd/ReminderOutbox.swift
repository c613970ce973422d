import KhuyenHocAPI
import KhuyenHocReminders
import Logging
import Synchronization
import Systemd

/// The slow channels of a reminder, a desktop notification (a D-Bus call with its timeout) and the
/// hook command (a process), worked through one at a time in the order the reminders came, so
/// that a catch-up of many reminders neither blocks the scheduler nor starts a thread and a
/// process for each at once.
///
/// A reminder is marked announced only after both took it: a daemon killed while reminders wait
/// here leaves them unannounced, and its next start announces them again, instead of losing their
/// hook calls (the hook of a kill while it runs is repeated: at least once).
final class ReminderOutbox: Sendable {
    /// A reminder, and what to do once its slow channels took it.
    private struct Entry: Sendable {
        let notice: ReminderNotice
        let taken: @Sendable () async -> Void
    }

    private let continuation: AsyncStream<Entry>.Continuation
    private let isIdle: Bool
    /// Reminders posted and not yet taken by every slow channel.
    private let waiting = Atomic(0)

    /// Starts the worker; `desktop` and `hook` are nil when not wanted.
    init(desktop: ReminderDesktop?, hook: ReminderHook?, logger: Logger) {
        // A reminder dropped for the bound is not marked, so the next start announces it again.
        let (stream, continuation) = AsyncStream.makeStream(of: Entry.self, bufferingPolicy: .bufferingNewest(10_000))
        self.continuation = continuation
        isIdle = desktop == nil && hook == nil
        guard !isIdle else {
            continuation.finish()
            return
        }
        Task { [weak self] in
            for await entry in stream {
                if let desktop { await Self.show(entry.notice, on: desktop, logger: logger) }
                if let hook { _ = await hook.run(entry.notice) }
                await entry.taken()
                self?.waiting.subtract(1, ordering: .relaxed)
            }
        }
    }

    /// Queues `notice` for the slow channels and returns at once; `taken` runs once they took it
    /// (at once when there are none).
    func post(_ notice: ReminderNotice, then taken: @escaping @Sendable () async -> Void) async {
        if isIdle {
            await taken()
        } else {
            waiting.add(1, ordering: .relaxed)
            switch continuation.yield(Entry(notice: notice, taken: taken)) {
            case .enqueued: break
            // The oldest dropped for the bound, or this one after `finish`: unmarked, so the next
            // start announces it again.
            case .dropped, .terminated: waiting.subtract(1, ordering: .relaxed)
            @unknown default: break
            }
        }
    }

    /// Takes no more reminders and waits, up to `limit`, for the queued ones to be taken (and so
    /// marked announced): a graceful stop would otherwise leave them to the next start, which
    /// announces them again on every channel. False when some were still waiting at the limit.
    func finish(within limit: Duration) async -> Bool {
        continuation.finish()
        let deadline = ContinuousClock.now + limit
        while waiting.load(ordering: .relaxed) > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return waiting.load(ordering: .relaxed) == 0
    }

    private static func show(_ notice: ReminderNotice, on desktop: ReminderDesktop, logger: Logger) async {
        do throws(SystemdError) {
            _ = try await desktop.notify(notice)
        } catch where error.isNotificationUnavailable {
            // The journal entry, always written, is the fallback.
            logger.debug("no desktop notification service; the reminder is in the journal", metadata: ["error": "\(error)"])
        } catch {
            logger.warning("desktop notification failed", metadata: ["error": "\(error)"])
        }
    }
}
