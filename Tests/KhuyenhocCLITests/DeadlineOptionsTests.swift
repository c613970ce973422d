import ArgumentParser
import KhuyenHocAPI
import Testing

@testable import khuyenhoc

@Suite struct DeadlineOptionsTests {
    @Test func addSendsTheOptionsGivenAndLeavesTheRestToTheDaemon() throws {
        let command = try DeadlineAddCommand.parse(["--title", "Annual report", "--date", "2026-12-15"])
        #expect(try command.input() == DeadlineInput(title: "Annual report", dueDate: "2026-12-15"))
    }

    @Test func addWithEveryOption() throws {
        let command = try DeadlineAddCommand.parse([
            "--title", "Annual report", "--title-vi", "Nộp báo cáo năm", "--commune", "10126", "--model", "citizen",
            "--date", "2026-12-15", "--yearly", "--lead", "30d,7d,1d12h", "--time", "07:30", "--overdue", "3d",
        ])
        #expect(try command.input() == DeadlineInput(
            title: "Annual report", titleVi: "Nộp báo cáo năm", commune: "10126", model: "citizen", dueDate: "2026-12-15",
            rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", leadTimes: [2_592_000, 604_800, 129_600], reminderTime: "07:30",
            overdueInterval: 259_200))
    }

    @Test func noneMeansNoLeadTimesAndNoOverdueRepeats() throws {
        let command = try DeadlineAddCommand.parse([
            "--title", "T", "--at", "2026-12-15T10:00:00+07:00", "--lead", "none", "--overdue", "none", "--rrule", "FREQ=MONTHLY;BYMONTHDAY=-1",
        ])
        let input = try command.input()
        #expect(input.leadTimes == [])
        #expect(input.overdueInterval == 0)
        #expect(input.dueAt == "2026-12-15T10:00:00+07:00" && input.dueDate == nil)
        #expect(input.rrule == "FREQ=MONTHLY;BYMONTHDAY=-1")
    }

    @Test func yearlyTakesTheDayInVietnamOfAnInstant() throws {
        // 17:30 UTC on 15 December is 00:30 on 16 December in Vietnam.
        let command = try DeadlineAddCommand.parse(["--title", "T", "--at", "2026-12-15T17:30:00Z", "--yearly"])
        #expect(try command.input().rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=16")
    }

    @Test func aBadDurationNamesTheOptionAndTheValue() {
        for (option, value) in [("--lead", "3x"), ("--lead", "30d,,1d"), ("--lead", "7"), ("--overdue", "1w")] {
            let arguments = ["--title", "T", "--date", "2026-12-15", option, value]
            #expect(throws: (any Error).self) { try DeadlineAddCommand.parse(arguments) }
            do {
                _ = try DeadlineAddCommand.parse(arguments)
            } catch {
                let message = DeadlineAddCommand.message(for: error)
                #expect(message.contains(option), "\(message)")
                #expect(message.contains("'\(value)'"), "\(message)")
                #expect(message.contains("30d"), "\(message)")
            }
        }
    }

    @Test(arguments: [
        (["--date", "2026-12-15"], "--title"),
        (["--title", "T"], "--date"),
        (["--title", "T", "--date", "2026-12-15", "--at", "2026-12-15T10:00:00Z"], "--at"),
        (["--title", "T", "--date", "2026-12-15", "--rrule", "FREQ=YEARLY", "--yearly"], "--yearly"),
        (["--title", "T", "--date", "15/12/2026", "--yearly"], "15/12/2026"),
        (["--title", "T", "--date", "2026-12-15", "--limit", "3"], "--limit"),
    ] as [([String], String)])
    func aWrongCombinationIsAnErrorNamingTheOption(_ arguments: [String], _ named: String) {
        do {
            let command = try DeadlineAddCommand.parse(arguments)
            _ = try command.input()
            Issue.record("accepted \(arguments)")
        } catch {
            let message = DeadlineAddCommand.message(for: error)
            #expect(message.contains(named), "\(message)")
        }
    }

    @Test func updateChangesOnlyTheOptionsGiven() throws {
        let stored = Samples.yearlyReport
        let command = try DeadlineUpdateCommand.parse(["12", "--lead", "7d", "--title-vi", "Báo cáo tổng kết"])
        #expect(command.id == 12)
        var expected = DeadlineInput(stored)
        expected.leadTimes = [604_800]
        expected.titleVi = "Báo cáo tổng kết"
        #expect(try command.fields.applied(to: DeadlineInput(stored)) == expected)
        #expect(expected.rrule == stored.rrule && expected.commune == "10126" && expected.reminderTime == "08:00")
    }

    @Test func theStoredDeadlineGoesBackUnchanged() {
        let input = DeadlineInput(Samples.yearlyReport)
        #expect(input == DeadlineInput(
            title: "Annual report (sample)", titleVi: "Nộp báo cáo năm (dữ liệu mẫu)", commune: "10126", model: "citizen", dueDate: "2026-12-15",
            rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", leadTimes: [2_592_000, 604_800, 86_400], reminderTime: "08:00",
            overdueInterval: 604_800))
        // Stored "no overdue repeats" (null) must not come back as null, which means the default.
        #expect(DeadlineInput(Samples.districtInstant).overdueInterval == 0)
    }

    @Test func updateMovesBetweenADayAndAnInstantAndDropsTheRule() throws {
        let command = try DeadlineUpdateCommand.parse(["12", "--at", "2027-01-10T09:00:00+07:00", "--rrule", "none", "--commune", "none", "--model", "none"])
        let input = try command.fields.applied(to: DeadlineInput(Samples.yearlyReport))
        #expect(input.dueAt == "2027-01-10T09:00:00+07:00" && input.dueDate == nil)
        #expect(input.rrule == nil && input.commune == nil && input.model == nil)
    }

    @Test func updateYearlyUsesTheStoredDayWhenNoneIsGiven() throws {
        let command = try DeadlineUpdateCommand.parse(["3", "--yearly"])
        #expect(try command.fields.applied(to: DeadlineInput(Samples.districtInstant)).rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31")
    }

    @Test func updateWithoutAnyOptionIsRefused() {
        #expect(throws: (any Error).self) { try DeadlineUpdateCommand.parse(["12"]) }
    }
}
