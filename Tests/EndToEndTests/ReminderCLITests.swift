import Foundation
import Testing

/// `khuyenhoc deadlines` and `khuyenhoc reminders` against the real daemon, without the sample.
@Suite struct ReminderCLITests {
    static func khuyenhoc(_ arguments: [String], _ daemon: DaemonProcess, environment: [String: String] = CLITests.english)
        async throws -> ExternalCommand.Output {
        try await CLITests.khuyenhoc(arguments + ["--socket", daemon.socket], environment: environment)
    }

    static func json(_ output: ExternalCommand.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func addListUpdateReachAndRemoveADeadline() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        // 15 December of next year: its three lead reminders all lie ahead, whatever day the test runs.
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        let due = "\(year)-12-15"

        let add = try await Self.khuyenhoc(
            ["deadlines", "add", "--title", "Annual report", "--title-vi", "Nộp báo cáo năm", "--date", due, "--yearly"], daemon)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("Deadline 1 added.\n"), "\(add.stdout)")

        let listed = try Self.json(try await Self.khuyenhoc(["deadlines", "--json"], daemon))
        let deadline = try #require((listed["deadlines"] as? [[String: Any]])?.first)
        #expect(deadline["rrule"] as? String == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")
        #expect(deadline["leadTimes"] as? [Int] == [2_592_000, 604_800, 86_400])
        #expect(deadline["titleVi"] as? String == "Nộp báo cáo năm")

        let vietnamese = try await Self.khuyenhoc(["deadlines"], daemon, environment: CLITests.vietnamese)
        let row = try #require(CLITests.line(vietnamese.stdout, startingWith: " 1"), "\(vietnamese.stdout)")
        #expect(row.contains("hằng năm ngày 15/12") && row.contains("Nộp báo cáo năm") && row.contains("toàn huyện"), "\(row)")
        #expect(row.contains("(trước 30 ngày)"), "\(row)")

        // Only the lead times change; the rule, the titles and the day stay.
        let update = try await Self.khuyenhoc(["deadlines", "update", "1", "--lead", "7d", "--json"], daemon)
        #expect(update.status == 0, "\(update.stderr)")
        let updated = try #require(try Self.json(update)["deadline"] as? [String: Any])
        #expect(updated["leadTimes"] as? [Int] == [604_800])
        #expect(updated["rrule"] as? String == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")
        #expect(updated["titleVi"] as? String == "Nộp báo cáo năm" && updated["dueDate"] as? String == due)

        let upcoming = try await Self.khuyenhoc(["reminders", "--until", "\(year)-12-31"], daemon)
        #expect(upcoming.status == 0, "\(upcoming.stderr)")
        let first = try #require(CLITests.line(upcoming.stdout, startingWith: "\(year)-12-08"), "\(upcoming.stdout)")
        #expect(first.hasPrefix("\(year)-12-08 08:00  7 days before"), "\(first)")

        let badTime = try await Self.khuyenhoc(["deadlines", "update", "1", "--time", "25:00"], daemon)
        #expect(badTime.status == 1)
        #expect(badTime.stderr.hasPrefix("InvalidValue: deadline.reminderTime (--time)"), "\(badTime.stderr)")
        let badLead = try await Self.khuyenhoc(["deadlines", "update", "1", "--lead", "7x"], daemon)
        #expect(badLead.status == 64 && badLead.stderr.contains("--lead"), "\(badLead.stderr)")

        let reached = try await Self.khuyenhoc(["deadlines", "reached", "1"], daemon)
        #expect(reached.status == 0, "\(reached.stderr)")
        #expect(reached.stdout == "Deadline 1: \(due) marked reached; its reminders stop.\n")

        #expect(try await Self.khuyenhoc(["deadlines", "remove", "1"], daemon).status == 0)
        let gone = try await Self.khuyenhoc(["deadlines", "show", "1"], daemon)
        #expect(gone.status == 1 && gone.stderr == "DeadlineNotFound: no deadline has id 1\n", "\(gone.stderr)")
        let noDelivery = try await Self.khuyenhoc(["reminders", "ack", "5", "--json"], daemon)
        let noDeliveryError = try Self.json(noDelivery)["error"] as? String
        #expect(noDelivery.status == 1 && noDeliveryError == "vn.khuyenhoc.Reminders.DeliveryNotFound")
        #expect(try await daemon.stop() == 0)
    }
}
