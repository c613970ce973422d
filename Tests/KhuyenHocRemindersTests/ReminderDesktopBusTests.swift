import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Systemd
import Testing
import TestProcesses

@Suite(.serialized, .enabled(if: FakeNotificationBus.isAvailable, "needs dbus-daemon and Python's dbus-next (make deps)"))
struct ReminderDesktopBusTests {
    @Test func theServiceReceivesExactlyTheReminder() async throws {
        let bus = try FakeNotificationBus(withService: true)
        let desktop = ReminderDesktop(notifier: DesktopNotifier(busAddress: bus.address), language: .vietnamese)
        let outcome = await desktop.deliver(SampleNotice.overdueLate, fallback: ReminderJournal(toJournal: false))
        #expect(outcome == .shown(id: 77))
        let calls = try bus.received()
        try #require(calls.count == 1)
        let call = calls[0]
        #expect(call["appName"] as? String == "KhuyenHoc")
        #expect(call["replacesId"] as? Int == 0)
        #expect(call["summary"] as? String == "Quá hạn 1 ngày: Nộp báo cáo năm")
        #expect(call["body"] as? String == "hạn 15/12/2026 (nhắc muộn: dịch vụ không chạy lúc đến hạn nhắc)")
        #expect((call["actions"] as? [Any])?.isEmpty == true)
        #expect(call["expireTimeout"] as? Int == -1)
        let hints = try #require(call["hints"] as? [String: [Any]])
        #expect(Set(hints.keys) == ["urgency", "desktop-entry"])
        #expect(hints["urgency"]?.first as? String == "y" && hints["urgency"]?.last as? Int == 2)
        #expect(hints["desktop-entry"]?.first as? String == "s" && hints["desktop-entry"]?.last as? String == "khuyenhoc")
    }

    @Test func aLeadReminderIsNormalUrgencyInEnglish() async throws {
        let bus = try FakeNotificationBus(withService: true)
        let desktop = ReminderDesktop(notifier: DesktopNotifier(busAddress: bus.address), language: .english)
        #expect(try await desktop.notify(SampleNotice.lead) == 77)
        let call = try #require(try bus.received().first)
        #expect(call["summary"] as? String == "In 7 days: Annual report")
        #expect(call["body"] as? String == "Xã Bích Hòa (10210) · Learning Citizen · due 15/12/2026")
        #expect((call["hints"] as? [String: [Any]])?["urgency"]?.last as? Int == 1)
    }

    @Test func aBusWithoutTheServiceFallsBackToTheJournal() async throws {
        let bus = try FakeNotificationBus(withService: false)
        let desktop = ReminderDesktop(notifier: DesktopNotifier(busAddress: bus.address))
        let outcome = await desktop.deliver(SampleNotice.lead, fallback: ReminderJournal(toJournal: false))
        guard case let .journaled(reason) = outcome, case let .notificationServiceUnavailable(name, _) = reason else {
            Issue.record("expected the journal fallback, got \(outcome)")
            return
        }
        #expect(name == "org.freedesktop.DBus.Error.ServiceUnknown")
    }
}
