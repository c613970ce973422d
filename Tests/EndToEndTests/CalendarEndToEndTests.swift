import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import Varlink

/// Whether Python's `icalendar` package is installed (`make deps` installs it).
private let hasICalendar: Bool = {
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    check.arguments = ["python3", "-c", "import icalendar"]
    check.standardOutput = FileHandle.nullDevice
    check.standardError = FileHandle.nullDevice
    guard (try? check.run()) != nil else { return false }
    check.waitUntilExit()
    return check.terminationStatus == 0
}()

/// `khuyenhoc calendar export` and the rollout's linked deadlines through the real daemon; the
/// `.ics` is read back with Python's `icalendar`.
@Suite(.enabled(if: hasICalendar, "needs Python's icalendar package (make deps)"))
struct CalendarEndToEndTests {
    /// Prints each event of the file as JSON: uid, summary, start (date or instant), whether all
    /// day, RRULE (its parts sorted, as the parser reorders them), categories and its alarms'
    /// triggers in seconds.
    static let parser = #"""
    import json, sys, datetime, icalendar
    calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        rrule = event.get('RRULE')
        categories = event.get('CATEGORIES')
        events.append({
            'uid': str(event['UID']), 'summary': str(event['SUMMARY']),
            'start': start.isoformat(), 'allDay': not isinstance(start, datetime.datetime),
            'rrule': ';'.join(sorted(rrule.to_ical().decode().split(';'))) if rrule else None,
            'categories': [str(c) for c in categories.cats] if categories else [],
            'triggers': [int(alarm.decoded('TRIGGER').total_seconds()) for alarm in event.walk('VALARM')],
        })
    print(json.dumps(events))
    """#

    struct Event: Decodable {
        var uid: String
        var summary: String
        var start: String
        var allDay: Bool
        var rrule: String?
        var categories: [String]
        var triggers: [Int]
    }

    static func parse(_ path: String) async throws -> [Event] {
        let output = try await ExternalCommand.run("python3", ["-c", parser, path])
        try #require(output.status == 0, "\(output.stderr)")
        return try JSONDecoder().decode([Event].self, from: Data(output.stdout.utf8))
    }

    static func khuyenhoc(_ arguments: [String], _ daemon: DaemonProcess, environment: [String: String] = CLITests.english)
        async throws -> ExternalCommand.Output {
        try await CLITests.khuyenhoc(arguments + ["--socket", daemon.socket], environment: environment)
    }

    /// Kim Bài and Thanh Thùy with a family plan for 2030–2031, applied over the socket.
    static func daemon() async throws -> (DaemonProcess, VarlinkClient) {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        let client = try await daemon.client()
        let registry = RegistryCalls(client: client)
        try await registry.addCommune("10114", "Kim Bài")
        try await registry.addCommune("10144", "Thanh Thùy")
        _ = try await RolloutEndToEndTests.call(client, "ApplyPlan", ApplyPlanParameters(model: "family", plan: [
            PhaseDeadlineInfo(phase: "pilot", due: "2030-06-30"), PhaseDeadlineInfo(phase: "massRollout", due: "2031-12-15"),
        ]), as: ApplyPlanReply.self)
        return (daemon, client)
    }

    @Test func planDaysExportAsAllDayEventsWithAlarmsAtTheReminderTime() async throws {
        let (daemon, _) = try await Self.daemon()
        let file = daemon.folder.path("plan.ics")
        let written = try await Self.khuyenhoc(["calendar", "export", "-o", file, "--json"], daemon)
        #expect(written.status == 0, "\(written.stderr)")
        let summary = try JSONDecoder().decode([String: JSONValue].self, from: Data(written.stdout.utf8))
        #expect(summary["events"] == .number(4) && summary["file"] == .string(file))
        let events = try await Self.parse(file)
        #expect(events.count == 4)
        let pilot = try #require(events.first { $0.summary.contains("Kim Bài: reach pilot of Learning Family") })
        #expect(pilot.summary.contains("Kim Bài: đạt giai đoạn thí điểm mô hình Gia đình học tập"))
        #expect(pilot.allDay && pilot.start == "2030-06-30" && pilot.rrule == nil)
        #expect(pilot.uid.hasPrefix("deadline-") && pilot.uid.hasSuffix("@khuyenhoc"))
        #expect(pilot.categories == ["family", "Kim Bài"])
        // 30, 7 and 1 day before, at 08:00 Vietnam time: 16 hours before each of those days ends.
        #expect(pilot.triggers.sorted() == [-(30 * 86_400 - 8 * 3600), -(7 * 86_400 - 8 * 3600), -(86_400 - 8 * 3600)])

        let area = try await Self.khuyenhoc(["calendar", "export", "--area", "10144"], daemon)
        #expect(area.status == 0 && area.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2, "\(area.stderr)")
        #expect(area.stdout.contains("Thanh Thùy") && !area.stdout.contains("Kim Bài:"))
        let none = try await Self.khuyenhoc(["calendar", "export", "--model", "unit"], daemon)
        #expect(none.status == 0 && !none.stdout.contains("BEGIN:VEVENT") && none.stdout.contains("END:VCALENDAR"))
        let bad = try await Self.khuyenhoc(["calendar", "export", "--area", "1014"], daemon)
        #expect(bad.status != 0 && bad.stderr.contains("area"), "\(bad.stderr)")
        let unknown = try await Self.khuyenhoc(["calendar", "export", "--area", "10999"], daemon)
        #expect(unknown.status != 0 && unknown.stderr.contains("10999"), "\(unknown.stderr)")
        let vietnamese = try await Self.khuyenhoc(["calendar", "export", "-o", file], daemon, environment: CLITests.vietnamese)
        #expect(vietnamese.stdout.contains("Đã ghi 4 hạn chót"), "\(vietnamese.stdout)")
    }

    @Test func setPhaseDeadlineAndSetPhaseMoveRemoveAndReachTheLinkedDeadlines() async throws {
        let (daemon, client) = try await Self.daemon()
        _ = try await RolloutEndToEndTests.call(client, "SetPhaseDeadline", SetPhaseDeadlineParameters(
            commune: "10114", model: "family", phase: "pilot", due: "2030-09-30"), as: SetPhaseDeadlineReply.self)
        _ = try await RolloutEndToEndTests.call(client, "SetPhaseDeadline", SetPhaseDeadlineParameters(
            commune: "10114", model: "family", phase: "massRollout"), as: SetPhaseDeadlineReply.self)
        _ = try await RolloutEndToEndTests.call(client, "SetPhase", SetPhaseParameters(
            commune: "10114", model: "family", phase: "pilot", effectiveOn: "2024-05-01", note: "Đã thí điểm trước kế hoạch"),
            as: SetPhaseReply.self)
        let file = daemon.folder.path("after.ics")
        #expect(try await Self.khuyenhoc(["calendar", "export", "--area", "10114", "-o", file], daemon).status == 0)
        let events = try await Self.parse(file)
        #expect(events.map(\.start) == ["2030-09-30"])
        #expect(try await daemon.stop() == 0)

        let store = try SQLiteRegistryStore(path: daemon.stateDirectory + "/registry.sqlite")
        let kimBai = try #require(try await store.communes(CommuneQuery(), page: .first()).items.first { $0.statisticsCode == "10114" })
        let linked = try await store.deadlines(matching: DeadlineFilter(communeIDs: [kimBai.id!], model: .family))
        #expect(linked.map(\.phase) == [.pilot])
        let pilot = try #require(linked.first)
        #expect(pilot.due == .date(CalendarDate("2030-09-30")!) && pilot.createdBy == getuid() && !pilot.sample)
        #expect(try await store.reminderHistory(pilot.id).reached == ["2030-09-30"])
        try store.close()
    }

    @Test func theSampleCalendarHasTheYearlyReportBefore15December() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let file = daemon.folder.path("sample.ics")
        #expect(try await Self.khuyenhoc(["calendar", "export", "-o", file], daemon).status == 0)
        let events = try await Self.parse(file)
        let report = try #require(events.first { $0.rrule == "BYMONTH=12;BYMONTHDAY=15;FREQ=YEARLY" })
        #expect(report.allDay && report.start.hasSuffix("-12-15") && report.summary.contains("15 December"))
        #expect(events.filter { $0.rrule != nil }.count == 5)
        // The sample's plan: Kim Bài (a citizen pilot) plans the family model's pilot.
        #expect(events.contains { $0.summary.contains("Kim Bài: reach pilot of Learning Family") && $0.start == "2023-12-31" })
    }
}
