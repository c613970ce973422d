import Foundation
import KhuyenHocCalendar
import Testing

@Suite struct CalendarWriterTests {
    /// Written by hand from RFC 5545 (§3.3.11 escaping, §3.1 folding at 75 octets); lines end in CRLF.
    static let golden = #"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//KhuyenHoc//Deadlines//VI
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Khuyến học: hạn chót
        X-WR-TIMEZONE:Asia/Ho_Chi_Minh
        BEGIN:VTIMEZONE
        TZID:Asia/Ho_Chi_Minh
        BEGIN:STANDARD
        DTSTART:19750613T000000
        TZOFFSETFROM:+0700
        TZOFFSETTO:+0700
        TZNAME:+07
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:deadline-1@khuyenhoc
        DTSTAMP:20261201T020000Z
        DTSTART;VALUE=DATE:20261215
        DTEND;VALUE=DATE:20261216
        TRANSP:TRANSPARENT
        RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15
        SUMMARY:Báo cáo năm\; gửi huyện (Annual report\, district)
        DESCRIPTION:Gửi Hội Khuyến học huyện\,\nkèm biểu mẫu.\n\nSen
         d to the district\\association.
        CATEGORIES:Khuyến học,citizen
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Báo cáo năm\; gửi huyện (Annual report\, district)
        TRIGGER:-P30D
        END:VALARM
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Báo cáo năm\; gửi huyện (Annual report\, district)
        TRIGGER:-P7D
        END:VALARM
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Báo cáo năm\; gửi huyện (Annual report\, district)
        TRIGGER:-PT16H
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        UID:deadline-2@khuyenhoc
        DTSTAMP:20261201T020000Z
        DTSTART:20270331T030000Z
        SUMMARY:Sơ kết thí điểm (Pilot review)
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Sơ kết thí điểm (Pilot review)
        TRIGGER:-P1DT1H30M
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """#.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"

    @Test func aSmallCalendarIsExactlyTheGoldenText() throws {
        let text = try CalendarWriter().document([SampleDeadlines.report, SampleDeadlines.pilotReview], stamp: SampleDeadlines.stamp)
        #expect(text == Self.golden)
    }

    @Test func triggersAreRFC5545Durations() throws {
        var deadline = SampleDeadlines.pilotReview
        deadline.leadTimes = [.zero, .seconds(59), .seconds(3600), .seconds(2 * 86_400 + 61)]
        let text = try CalendarWriter().document([deadline], stamp: SampleDeadlines.stamp)
        let triggers = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("TRIGGER:") }
        #expect(triggers == ["TRIGGER:PT0S", "TRIGGER:-PT59S", "TRIGGER:-PT1H", "TRIGGER:-P2DT1M1S"])
    }

    @Test func decomposedVietnameseIsWrittenPrecomposed() throws {
        var deadline = SampleDeadlines.pilotReview
        deadline.titleVi = "So\u{031B}\u{0301} ke\u{0302}\u{0301}t"  // "Sớ kết" as NFD
        let text = try CalendarWriter().document([deadline], stamp: SampleDeadlines.stamp)
        #expect(text.contains("SUMMARY:Sớ kết (Pilot review)\r\n"))
        #expect(!text.unicodeScalars.contains("\u{0301}"))
    }

    @Test func badFieldsAreRefusedNamingTheDeadlineAndField() throws {
        var badID = SampleDeadlines.report
        badID.id = "hạn 1"
        #expect(throws: CalendarError.invalidField(deadline: "hạn 1", field: "id", reason: "must be letters, digits, '-', '_' or '.' (it becomes the UID)")) {
            try CalendarWriter().document([badID], stamp: SampleDeadlines.stamp)
        }
        for (rule, reason) in [
            ("FREQ=YEARLY\r\nX-EVIL:1", "may hold only upper-case letters, digits and = ; , + - (FREQ=YEARLY\r\nX-EVIL:1)"),
            ("BYMONTH=12", "has no FREQ"),
            ("FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY is not a frequency"),
            ("FREQ=YEARLY;BYEASTER=1", "BYEASTER is not an RFC 5545 rule part"),
            ("FREQ=YEARLY;UNTIL=20300101T000000Z", "UNTIL must be a date (YYYYMMDD) for a deadline on a calendar date"),
            ("FREQ=YEARLY;;BYMONTH=12", "'' is not NAME=value"),
            ("FREQ=YEARLY;FREQ=MONTHLY", "FREQ appears twice"),
            ("FREQ=DAILY;COUNT=3;UNTIL=20270101", "has both UNTIL and COUNT"),
        ] {
            var deadline = SampleDeadlines.report
            deadline.recurrence = rule
            #expect(throws: CalendarError.invalidField(deadline: "deadline-1", field: "recurrence", reason: reason)) {
                try CalendarWriter().document([deadline], stamp: SampleDeadlines.stamp)
            }
        }
        var instantUntil = SampleDeadlines.pilotReview
        instantUntil.recurrence = "FREQ=YEARLY;UNTIL=20300101"
        #expect(
            throws: CalendarError.invalidField(
                deadline: "deadline-2", field: "recurrence",
                reason: "UNTIL must be a UTC date-time (YYYYMMDDTHHMMSSZ) for a deadline at an instant")
        ) { try CalendarWriter().document([instantUntil], stamp: SampleDeadlines.stamp) }
        instantUntil.recurrence = "FREQ=YEARLY;INTERVAL=2;UNTIL=20300101T030000Z"
        #expect(try CalendarWriter().document([instantUntil], stamp: SampleDeadlines.stamp).contains("\r\nRRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20300101T030000Z\r\n"))
        var negative = SampleDeadlines.report
        negative.leadTimes = [.seconds(-60)]
        #expect(throws: CalendarError.self) { try CalendarWriter().document([negative], stamp: SampleDeadlines.stamp) }
        var untitled = SampleDeadlines.report
        untitled.titleVi = ""
        #expect(throws: CalendarError.invalidField(deadline: "deadline-1", field: "titleVi", reason: "empty")) {
            try CalendarWriter().document([untitled], stamp: SampleDeadlines.stamp)
        }
        #expect(throws: CalendarError.duplicateID("deadline-1")) {
            try CalendarWriter().document([SampleDeadlines.report, SampleDeadlines.report], stamp: SampleDeadlines.stamp)
        }
    }

    @Test func calendarDaysExistOrAreNil() {
        #expect(CalendarDay(year: 2028, month: 2, day: 29)?.next == CalendarDay(year: 2028, month: 3, day: 1))
        #expect(CalendarDay(year: 2027, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2026, month: 12, day: 31)?.next.basicText == "20270101")
    }
}
