import Foundation
import TestProcesses
import KhuyenHocCalendar
import Testing

/// Whether Python's `icalendar` package is installed (`make deps` installs it).
private let hasICalendar: Bool = {
    guard let check = try? ChildProcess(["python3", "-c", "import icalendar"], quiet: true) else { return false }
    return check.exitStatus() == 0
}()

/// Reads the document back with a real iCalendar parser and prints what it found as JSON.
private let parserScript = #"""
import json, sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {"version": str(calendar.get("VERSION")), "method": str(calendar.get("METHOD")),
       "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")], "events": []}
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    out["events"].append({
        "uid": str(event.get("UID")),
        "start": start.isoformat(),
        "allDay": not hasattr(start, "hour"),
        "end": event.decoded("DTEND").isoformat() if "DTEND" in event else None,
        "rrule": ";".join(sorted(event["RRULE"].to_ical().decode().split(";"))) if "RRULE" in event else None,
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")) if "DESCRIPTION" in event else None,
        "categories": [str(c) for c in event.get("CATEGORIES").cats] if "CATEGORIES" in event else [],
        "alarms": [{"action": str(a.get("ACTION")), "seconds": int(a.decoded("TRIGGER").total_seconds())}
                   for a in event.walk("VALARM")],
    })
print(json.dumps(out, ensure_ascii=False))
"""#

private struct Parsed: Decodable {
    struct Event: Decodable, Equatable {
        struct Alarm: Decodable, Equatable {
            var action: String
            var seconds: Int
        }
        var uid: String
        var start: String
        var allDay: Bool
        var end: String?
        var rrule: String?
        var summary: String
        var description: String?
        var categories: [String]
        var alarms: [Alarm]
    }
    var version: String
    var method: String
    var timezones: [String]
    var events: [Event]
}

@Suite(.enabled(if: hasICalendar, "needs Python's icalendar package (make deps)"))
struct ICalendarParserTests {
    @Test func pythonsICalendarReadsBackEventsDatesRulesAndAlarms() throws {
        let folder = NSTemporaryDirectory() + "khcal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var long = SampleDeadlines.pilotReview
        long.id = "deadline-3"
        long.descriptionVi = String(repeating: "Sơ kết việc thí điểm mô hình Dòng họ học tập; ", count: 6)
        let text = try CalendarWriter().document(
            [SampleDeadlines.report, SampleDeadlines.pilotReview, long], stamp: SampleDeadlines.stamp)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/deadlines.ics"))

        // posix_spawn, not Foundation's Process: see ChildProcess.
        let parser = try ChildProcess(["python3", "-c", parserScript, folder + "/deadlines.ics"])
        let data = Data(parser.readToEnd())
        try #require(parser.exitStatus() == 0)
        let parsed = try JSONDecoder().decode(Parsed.self, from: data)

        #expect(parsed.version == "2.0" && parsed.method == "PUBLISH")
        #expect(parsed.timezones == ["Asia/Ho_Chi_Minh"])
        #expect(parsed.events.count == 3)
        let report = try #require(parsed.events.first)
        #expect(
            report
                == .init(
                    uid: "deadline-1@khuyenhoc", start: "2026-12-15", allDay: true, end: "2026-12-16",
                    rrule: "BYMONTH=12;BYMONTHDAY=15;FREQ=YEARLY",  // the parser's parts, sorted
                    summary: "Báo cáo năm; gửi huyện (Annual report, district)",
                    description: "Gửi Hội Khuyến học huyện,\nkèm biểu mẫu.\n\nSend to the district\\association.",
                    categories: ["Khuyến học", "citizen"],
                    alarms: [
                        .init(action: "DISPLAY", seconds: -30 * 86_400), .init(action: "DISPLAY", seconds: -7 * 86_400),
                        .init(action: "DISPLAY", seconds: -16 * 3600),
                    ]))
        let review = parsed.events[1]
        #expect(review.start == "2027-03-31T03:00:00+00:00" && !review.allDay && review.rrule == nil)
        #expect(review.alarms == [.init(action: "DISPLAY", seconds: -(86_400 + 5400))])
        #expect(parsed.events[2].description == long.descriptionVi)
    }
}
