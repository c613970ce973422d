import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import TestProcesses

/// A daemon killed (SIGKILL) while reminders it recorded wait for the hook command: the next start
/// gives the hook every one of them, since none was marked announced before its hook ran. A daemon
/// stopped gracefully meanwhile lets the hook take them first, so the next start repeats none.
@Suite struct KilledDeliveryEndToEndTests {
    @Test func remindersWaitingForTheHookReachItAfterAKill() async throws {
        let folder = try TemporaryDirectory()
        let hookOutput = folder.path("hook.jsonl")
        // While this file exists the hook takes 3 s, so the kill comes while the first one runs
        // and the other two wait their turn.
        let slow = folder.path("slow")
        _ = FileManager.default.createFile(atPath: slow, contents: nil)
        let config = folder.path("khuyenhocd.json")
        let script = "if [ -e '\(slow)' ]; then sleep 3; fi; cat >> '\(hookOutput)'"
        let settings = try JSONSerialization.data(withJSONObject: ["reminderHook": ["/bin/sh", "-c", script], "desktopNotifications": false])
        try settings.write(to: URL(fileURLWithPath: config))
        let (first, reminders) = try await RemindersEndToEndTests.daemon(["--config", config])
        // Far enough ahead that all three exist before their reminders fall due, on a loaded machine
        // too (a reminder due before its deadline was made is not delivered).
        let due = Timestamp.string(from: Date().addingTimeInterval(8))
        for title in ["Một", "Hai", "Ba"] {
            let input = DeadlineInput(title: title, dueAt: due, leadTimes: [1], overdueInterval: 0)
            _ = try await reminders.call("AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self)
        }
        let registry = TransferEndToEndTests.registry(first)
        #expect(try await RemindersEndToEndTests.eventually {
            try await TransferEndToEndTests.sql(registry, "SELECT count(*) FROM reminder_deliveries") == "3"
        })
        kill(first.process.processIdentifier, SIGKILL)
        _ = try await first.waitForExit()
        try FileManager.default.removeItem(atPath: slow)

        let second = try DaemonProcess()
        second.stateDirectory = first.stateDirectory
        try await second.start(arguments: ["--no-sample", "--config", config])
        let ids = Set(try await TransferEndToEndTests.sql(registry, "SELECT id FROM reminder_deliveries").split(separator: "\n").compactMap { Int($0) })
        #expect(ids.count == 3)
        func hooked() -> Set<Int> {
            let lines = ((try? String(contentsOfFile: hookOutput, encoding: .utf8)) ?? "").split(separator: "\n")
            return Set(lines.compactMap { try? JSONDecoder().decode(ReminderNotice.self, from: Data($0.utf8)).deliveryId }.map { Int($0) })
        }
        #expect(try await RemindersEndToEndTests.eventually(20) { hooked() == ids }, "the hook had \(hooked()) of \(ids)")
        #expect(try await RemindersEndToEndTests.eventually {
            try await TransferEndToEndTests.sql(registry, "SELECT count(*) FROM reminder_deliveries WHERE announced_at IS NOT NULL") == "3"
        })
        // Recorded once each, whatever the hook saw.
        #expect(try await TransferEndToEndTests.sql(registry, "SELECT count(*) FROM reminder_deliveries") == "3")
        try await second.stop()
    }

    @Test func aGracefulStopLetsTheHookTakeWhatItHoldsAndTheNextStartRepeatsNothing() async throws {
        let folder = try TemporaryDirectory()
        let hookOutput = folder.path("hook.jsonl")
        let config = folder.path("khuyenhocd.json")
        // 1 s each: the stop comes while the first runs and the second waits its turn.
        let script = "sleep 1; cat >> '\(hookOutput)'"
        let settings = try JSONSerialization.data(withJSONObject: ["reminderHook": ["/bin/sh", "-c", script], "desktopNotifications": false])
        try settings.write(to: URL(fileURLWithPath: config))
        let (first, reminders) = try await RemindersEndToEndTests.daemon(["--config", config])
        let due = Timestamp.string(from: Date().addingTimeInterval(8))
        for title in ["Một", "Hai"] {
            let input = DeadlineInput(title: title, dueAt: due, leadTimes: [1], overdueInterval: 0)
            _ = try await reminders.call("AddDeadline", AddDeadlineParameters(deadline: input), as: DeadlineReply.self)
        }
        let registry = TransferEndToEndTests.registry(first)
        #expect(try await RemindersEndToEndTests.eventually {
            try await TransferEndToEndTests.sql(registry, "SELECT count(*) FROM reminder_deliveries") == "2"
        })
        // No connection left open: the server's grace period for open calls would give the hook time too.
        await reminders.client.close()
        #expect(try await first.stop() == 0)
        func hooked() -> [String] {
            ((try? String(contentsOfFile: hookOutput, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        #expect(hooked().count == 2, "the hook ran \(hooked().count) times before the daemon stopped")
        #expect(try await TransferEndToEndTests.sql(registry, "SELECT count(*) FROM reminder_deliveries WHERE announced_at IS NULL") == "0")

        let second = try DaemonProcess()
        second.stateDirectory = first.stateDirectory
        try await second.start(arguments: ["--no-sample", "--config", config])
        try await Task.sleep(for: .seconds(2))
        #expect(hooked().count == 2, "the next start announced again what the hook had taken")
        try await second.stop()
    }
}
