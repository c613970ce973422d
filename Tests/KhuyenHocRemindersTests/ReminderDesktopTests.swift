import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Systemd
import Testing

@Suite struct ReminderDesktopTests {
    @Test func urgencyIsCriticalOnlyOnceOverdue() {
        #expect(ReminderDesktop.urgency(for: SampleNotice.lead) == .normal)
        #expect(ReminderDesktop.urgency(for: SampleNotice.overdueLate) == .critical)
    }

    @Test func withoutABusItFallsBackToTheJournal() async throws {
        let folder = try TemporaryFolder()
        let address = "unix:path=\(folder.file("no-bus"))"
        let desktop = ReminderDesktop(notifier: DesktopNotifier(busAddress: address), language: .vietnamese)
        let outcome = await desktop.deliver(SampleNotice.lead, fallback: ReminderJournal(toJournal: false))
        #expect(outcome == .journaled(reason: .sessionBusUnavailable(address: address, errno: ENOENT)))
    }
}
