import Foundation
import KhuyenHocAPI
import KhuyenHocReminders

/// The loop of `khuyenhoc reminders agent`: subscribes to `Watch`, posts each reminder, and
/// when the daemon goes away connects again after 1 s, 2 s, 4 s, … up to 60 s, saying so once per
/// outage. Ends when its task is cancelled; throws the failures that waiting cannot cure (a
/// refused subscription, a socket it may not open).
struct ReminderAgent {
    let options: GlobalOptions
    let area: ReminderAreaParameters
    let poster: ReminderAgentPoster
    /// Where the agent says what it does (standard error).
    let log: @Sendable (String) -> Void
    /// Where each reminder goes as JSON with `--json` (standard output), besides the notification.
    let jsonLine: @Sendable (String) -> Void

    func run() async throws {
        var backoff = ReconnectBackoff()
        var outage = false
        var subscribedOnce = false
        var notificationsFailing = false
        while !Task.isCancelled {
            let session = DaemonSession(options: options)
            let text = session.text
            do {
                var subscribed = false
                let end = try await session.follow("vn.khuyenhoc.Reminders.Watch", area) { reply in
                    guard let notice = try session.decode(WatchReply.self, from: reply).reminder else {
                        // The daemon's last reply, when it stops, carries no reminder either.
                        guard !subscribed else { return }
                        subscribed = true
                        if outage { log(text.reminder(.agentReconnected)) }
                        if !subscribedOnce { log(text.reminder(.agentWatching(socket: session.socket))) }
                        outage = false
                        subscribedOnce = true
                        backoff.reset()
                        return
                    }
                    if options.json { jsonLine(JSONOutput.line(notice)) }
                    switch await poster.post(notice) {
                    case .shown:
                        if notificationsFailing { log(text.reminder(.agentNotificationsBack)) }
                        notificationsFailing = false
                    case .written(let reason):
                        if !notificationsFailing { log(text.reminder(.agentNotificationsUnavailable(reason: "\(reason)"))) }
                        notificationsFailing = true
                    }
                }
                await session.close()
                if end == .cancelled { return }
            } catch let failure as CLIFailure {
                await session.close()
                switch failure {
                case .daemonNotRunning, .connectionClosed: break
                default: throw failure
                }
            }
            let delay = backoff.next()
            if !outage { log(text.reminder(.agentUnreachable(socket: session.socket, retry: delay))) }
            outage = true
            do {
                try await Task.sleep(for: .seconds(delay))
            } catch {
                return
            }
        }
    }
}
