import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Synchronization
import Systemd
import TestProcesses
import Testing

/// The agent's "notice → notification" step, on a private session bus.
@Suite(.serialized, .enabled(if: FakeNotificationBus.isAvailable, "needs dbus-daemon and Python's dbus-next (make deps)"))
struct ReminderAgentPosterTests {
    /// The lines the poster wrote instead of a notification.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    @Test func aNoticeBecomesTheDaemonsNotificationAndNoLine() async throws {
        let bus = try FakeNotificationBus(withService: true)
        let lines = Lines()
        let poster = ReminderAgentPoster(
            desktop: ReminderDesktop(notifier: DesktopNotifier(busAddress: bus.address), language: .vietnamese),
            writeLine: lines.append)
        #expect(await poster.post(SampleNotice.lead) == .shown(id: 77))
        #expect(await poster.post(SampleNotice.overdueLate) == .shown(id: 77))
        #expect(lines.all.isEmpty)
        let calls = try bus.received()
        try #require(calls.count == 2)
        let lead = ReminderWording(SampleNotice.lead, language: .vietnamese)
        #expect(calls[0]["summary"] as? String == lead.summary)
        #expect(calls[0]["body"] as? String == "Xã Bích Hòa (10210) · Công dân học tập · hạn 15/12/2026")
        #expect((calls[0]["hints"] as? [String: [Any]])?["urgency"]?.last as? Int == 1)
        #expect(calls[1]["summary"] as? String == "Quá hạn 1 ngày: Nộp báo cáo năm")
        #expect((calls[1]["hints"] as? [String: [Any]])?["urgency"]?.last as? Int == 2)
    }

    @Test func withoutANotificationServiceTheReminderIsWrittenAsALine() async throws {
        let bus = try FakeNotificationBus(withService: false)
        let lines = Lines()
        let poster = ReminderAgentPoster(
            desktop: ReminderDesktop(notifier: DesktopNotifier(busAddress: bus.address), language: .english), writeLine: lines.append)
        let outcome = await poster.post(SampleNotice.lead)
        guard case .written(let reason) = outcome, case .notificationServiceUnavailable = reason else {
            Issue.record("expected the line instead of a notification, got \(outcome)")
            return
        }
        #expect(lines.all == ["In 7 days: Annual report — Xã Bích Hòa (10210) · Learning Citizen · due 15/12/2026"])
    }

    @Test func withoutABusTheReminderIsWrittenAsALine() async throws {
        let folder = try TemporaryFolder()
        let lines = Lines()
        let poster = ReminderAgentPoster(
            desktop: ReminderDesktop(notifier: DesktopNotifier(busAddress: "unix:path=\(folder.file("no-bus"))"), language: .vietnamese),
            writeLine: lines.append)
        guard case .written(let reason) = await poster.post(SampleNotice.overdueLate) else {
            Issue.record("expected the line instead of a notification")
            return
        }
        #expect(reason.isNotificationUnavailable)
        #expect(lines.all == [ReminderWording(SampleNotice.overdueLate, language: .vietnamese).line])
        #expect(lines.all.first?.hasPrefix("Quá hạn 1 ngày: Nộp báo cáo năm — hạn 15/12/2026") == true)
    }
}
