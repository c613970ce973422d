import ArgumentParser
import Foundation
import KhuyenHocAPI
import KhuyenHocReminders

/// `khuyenhoc reminders watch [--area] [--model] [--json]`: one line per reminder as the daemon
/// delivers it, until the daemon closes the stream.
struct RemindersWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print each reminder as it is delivered (--json: one ReminderNotice object per line) until the daemon stops.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            var subscribed = false
            let end = try await session.follow("vn.khuyenhoc.Reminders.Watch", area.parameters) { reply in
                let watch = try session.decode(WatchReply.self, from: reply)
                // Without a reminder: the first reply (subscribed), or the last one (the daemon stops).
                guard let notice = watch.reminder else {
                    if !subscribed { StandardStreams.error(session.text.reminder(.watching)) }
                    subscribed = true
                    return
                }
                StandardStreams.output(Self.line(notice, json: session.json, text: session.text))
            }
            if end != .cancelled { StandardStreams.error(session.text.reminder(.streamEnded)) }
        }
    }

    /// One reminder: its JSON (`--json`), or `#12  2026-12-08 08:00  In 7 days: … — …` with the
    /// delivery id to acknowledge it by and the time it came in Vietnam, worded as the daemon's
    /// notifications are.
    static func line(_ notice: ReminderNotice, json: Bool, text: Localizer, now: Date = Date()) -> String {
        if json { return JSONOutput.line(notice) }
        let wording = ReminderWording(notice, language: text.language == .vietnamese ? .vietnamese : .english)
        return "#\(notice.deliveryId)  \(LocalTimeText.minute(now))  \(wording.line)"
    }
}
