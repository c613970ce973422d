import Foundation
import KhuyenHocAPI
import Testing
import Varlink

@testable import khuyenhoc

@Suite struct ReminderRenderingTests {
    @Test func deadlinesInEnglish() {
        let text = DeadlinesListCommand.render([Samples.yearlyReport, Samples.districtInstant, Samples.pilotPlan], Samples.english)
        #expect(text == """
            ID  DUE / REPEATS               TITLE                       COMMUNE           MODEL    PHASE  NEXT DUE          NEXT REMINDER (VIETNAM)
            ──  ──────────────────────────  ──────────────────────────  ────────────────  ───────  ─────  ────────────────  ─────────────────────────────────
            12  every year on 15 Dec        Annual report (sample)      Bích Hòa (10126)  citizen  —      2026-12-15        2026-11-15 08:00 (30 days before)
             3  2027-03-31 17:00            Unit reports (Circular 22)  whole district    —        —      2027-03-31 17:00  —
            40  FREQ=MONTHLY;BYMONTHDAY=-1  Pilot (sample)              Bích Hòa (10126)  family   pilot  —                 —
              ! Cannot be scheduled: BYMONTHDAY: no occurrence left
            """)
    }

    @Test func deadlinesInVietnamese() {
        let text = DeadlinesListCommand.render([Samples.yearlyReport, Samples.districtInstant], Samples.vietnamese)
        #expect(text.contains("hằng năm ngày 15/12"))
        #expect(text.contains("Nộp báo cáo năm (dữ liệu mẫu)"))
        #expect(text.contains("2026-11-15 08:00 (trước 30 ngày)"))
        #expect(text.contains("toàn huyện"))
        #expect(text.contains("công dân học tập"))
        // No Vietnamese title: the English one.
        #expect(text.contains("Unit reports (Circular 22)"))
        #expect(text == text.precomposedStringWithCanonicalMapping)
        #expect(DeadlinesListCommand.render([], Samples.vietnamese) == "Không có hạn nào.")
    }

    @Test(arguments: [
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "every year on 15 Dec", "hằng năm ngày 15/12"),
        ("FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=3", "every year on 31 Mar", "hằng năm ngày 31/3"),
        ("freq=yearly;interval=1;bymonth=1;bymonthday=5", "every year on 5 Jan", "hằng năm ngày 5/1"),
        ("FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=15", nil, nil),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15;COUNT=3", nil, nil),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1", nil, nil),
        ("FREQ=MONTHLY;BYMONTHDAY=15", nil, nil),
        ("FREQ=YEARLY;BYMONTH=12,6;BYMONTHDAY=15", nil, nil),
    ] as [(String, String?, String?)])
    func theCommonYearlyRuleInWordsAndAnyOtherAsItIs(_ rule: String, _ english: String?, _ vietnamese: String?) {
        #expect(RecurrenceWords.words(rule, Samples.english) == english ?? rule)
        #expect(RecurrenceWords.words(rule, Samples.vietnamese) == vietnamese ?? rule)
    }

    @Test func upcomingInVietnamTime() {
        let reminders = [
            Samples.thirtyDaysBefore,
            UpcomingReminder(
                deadlineId: 3, title: "Unit reports", titleVi: "Báo cáo đơn vị", commune: nil, model: nil, phase: nil,
                occurrence: "2027-03-31T10:00:00.000Z", kind: .lead, days: 1, remindAt: "2027-03-30T10:00:00.000Z"),
        ]
        #expect(RemindersUpcomingCommand.render(reminders, Samples.english) == """
            WHEN (VIETNAM)    REMINDER        DEADLINE  TITLE          COMMUNE           MODEL    DUE
            ────────────────  ──────────────  ────────  ─────────────  ────────────────  ───────  ────────────────
            2026-11-15 08:00  30 days before        12  Annual report  Bích Hòa (10126)  citizen  2026-12-15
            2027-03-30 17:00  1 day before           3  Unit reports   whole district    —        2027-03-31 17:00
            """)
        let vietnamese = RemindersUpcomingCommand.render(reminders, Samples.vietnamese)
        #expect(vietnamese.contains("2026-11-15 08:00  trước 30 ngày"))
        #expect(vietnamese.contains("Báo cáo đơn vị"))
        #expect(vietnamese.hasPrefix("LÚC (GIỜ VN)"))
        #expect(RemindersUpcomingCommand.render([], Samples.english) == "No reminder is coming in that time.")
    }

    @Test func kindsInWords() {
        let cases: [(ReminderKind, Int, String, String)] = [
            (.lead, 7, "7 days before", "trước 7 ngày"), (.lead, 1, "1 day before", "trước 1 ngày"), (.lead, 0, "on the day", "đúng ngày hạn"),
            (.overdue, 3, "3 days overdue", "quá hạn 3 ngày"), (.overdue, 1, "1 day overdue", "quá hạn 1 ngày"),
        ]
        for (kind, days, english, vietnamese) in cases {
            #expect(DeadlineView(text: Samples.english).kind(kind, days: days) == english)
            #expect(DeadlineView(text: Samples.vietnamese).kind(kind, days: days) == vietnamese)
        }
    }

    @Test func overdueMarksWhatStillRepeats() {
        let overdue = [
            OverdueInfo(
                deadlineId: 40, title: "Pilot", titleVi: "Thí điểm", commune: Samples.bichHoa, model: "family", phase: "pilot",
                occurrence: "2023-12-31", daysOverdue: 1065, acknowledged: false, nextRepeat: "2026-12-03T01:00:00.000Z"),
            OverdueInfo(
                deadlineId: 41, title: "Review", titleVi: nil, commune: Samples.bichHoa, model: "family", phase: "pilotReview",
                occurrence: "2024-06-30", daysOverdue: 880, acknowledged: true, nextRepeat: nil),
        ]
        let english = RemindersOverdueCommand.render(overdue, Samples.english, highlight: LateHighlight(colour: false))
        #expect(english.contains("2023-12-31         1065!  2026-12-03 08:00"))
        #expect(english.contains("2024-06-30           880  acknowledged"))
        let vietnamese = RemindersOverdueCommand.render(overdue, Samples.vietnamese, highlight: LateHighlight(colour: true))
        #expect(vietnamese.contains("\u{1B}[1;31m1065!\u{1B}[0m"))
        #expect(vietnamese.contains("đã xác nhận"))
        #expect(vietnamese.contains("sơ kết thí điểm"))
        #expect(RemindersOverdueCommand.render([], Samples.vietnamese, highlight: LateHighlight(colour: false)) == "Không có hạn nào bị quá.")
    }

    @Test func deliveredWithLateAndAcknowledged() {
        let deliveries = [
            DeliveryInfo(
                reminder: Samples.overdueNotice, occurrence: "2026-12-15", remindAt: "2026-12-18T01:00:00.000Z",
                deliveredAt: "2026-12-18T03:12:40.120Z", acknowledgedAt: "2026-12-18T04:00:00.000Z", acknowledgedBy: 1000),
            DeliveryInfo(
                reminder: Samples.leadNotice, occurrence: "2026-12-15", remindAt: "2026-12-08T01:00:00.000Z",
                deliveredAt: "2026-12-08T01:00:00.300Z"),
        ]
        #expect(RemindersDeliveredCommand.table(deliveries, Samples.english, showDeadline: true).render() == """
            DELIVERY  DELIVERED (VIETNAM)  REMINDER               DEADLINE  TITLE          COMMUNE           DUE         ACKNOWLEDGED (VIETNAM)
            ────────  ───────────────────  ─────────────────────  ────────  ─────────────  ────────────────  ──────────  ──────────────────────
                  31  2026-12-18 10:12     3 days overdue (late)        12  Annual report  Bích Hòa (10126)  2026-12-15  2026-12-18 11:00
                   9  2026-12-08 08:00     7 days before                12  Annual report  Bích Hòa (10126)  2026-12-15  —
            """)
        let vietnamese = RemindersDeliveredCommand.table(deliveries, Samples.vietnamese, showDeadline: false).render()
        #expect(vietnamese.contains("quá hạn 3 ngày (muộn)"))
        #expect(!vietnamese.contains("Nộp báo cáo năm"))
    }

    @Test func oneDeadlineInFull() {
        let reply = GetDeadlineReply(
            deadline: Samples.yearlyReport,
            upcoming: [Samples.thirtyDaysBefore],
            delivered: [])
        #expect(DeadlineShowCommand.render(reply, Samples.english) == """
            Deadline 12: Annual report (sample)
              For:             Bích Hòa (10126) · citizen
              Due:             2026-12-15
              Repeats:         every year on 15 Dec
              Reminders:       30d, 7d, 1d before, at 08:00 (Vietnam)
              Overdue repeats: every 7d
              Next due:        2026-12-15
              Created:         2026-11-01 09:30 by uid 1000

            Upcoming reminders
            WHEN (VIETNAM)    REMINDER        DUE
            ────────────────  ──────────────  ──────────
            2026-11-15 08:00  30 days before  2026-12-15

            Delivered reminders
              none
            """)
        let vietnamese = DeadlineShowCommand.render(
            GetDeadlineReply(deadline: Samples.districtInstant, upcoming: [], delivered: []), Samples.vietnamese)
        #expect(vietnamese.contains("Áp dụng cho:      toàn huyện"))
        #expect(vietnamese.contains("Hạn:              2027-03-31 17:00"))
        #expect(vietnamese.contains("Nhắc khi quá hạn: không"))
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }

    @Test func watchLinesAreTheDaemonsWordingOrTheNoticeAsJSON() throws {
        let now = Date(timeIntervalSince1970: 1_796_691_600)  // 2026-12-08 01:00 UTC, 08:00 in Vietnam
        #expect(RemindersWatchCommand.line(Samples.leadNotice, json: false, text: Samples.english, now: now)
            == "#9  2026-12-08 08:00  In 7 days: Annual report — Bích Hòa (10126) · Learning Citizen · due 15/12/2026")
        #expect(RemindersWatchCommand.line(Samples.overdueNotice, json: false, text: Samples.vietnamese, now: now)
            == "#31  2026-12-08 08:00  Quá hạn 3 ngày: Nộp báo cáo năm — Bích Hòa (10126) · Công dân học tập · hạn 15/12/2026 (nhắc muộn: dịch vụ không chạy lúc đến hạn nhắc)")
        let json = RemindersWatchCommand.line(Samples.overdueNotice, json: true, text: Samples.vietnamese, now: now)
        #expect(!json.contains("\n"))
        #expect(json.hasPrefix(#"{"communeCode":"10126","communeName":"Bích Hòa","days":3,"deadlineId":12,"deliveryId":31,"due":"2026-12-14T17:00:00.000Z""#))
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: Data(json.utf8)) == Samples.overdueNotice)
    }

    @Test func daemonErrorsNameTheOptionToRetype() {
        let invalid = VarlinkError(
            "vn.khuyenhoc.Reminders.InvalidValue",
            parameters: ["field": .string("deadline.leadTimes[1]"), "reason": .string("must be whole days for a dueDate deadline")])
        #expect(invalid.readable(Samples.english) == "InvalidValue: deadline.leadTimes[1] (--lead) must be whole days for a dueDate deadline")
        let managed = VarlinkError(
            "vn.khuyenhoc.Reminders.ManagedByRollout",
            parameters: [
                "field": .string("id"), "id": .number(40), "commune": .object(["code": .string("10126"), "name": .string("Bích Hòa")]),
                "model": .string("family"), "phase": .string("pilot"),
            ])
        #expect(managed.readable(Samples.vietnamese)
            == "ManagedByRollout: hạn 40 là ngày kế hoạch thí điểm của gia đình học tập tại Bích Hòa (10126): sửa bằng khuyenhoc rollout plan")
        let missing = VarlinkError("vn.khuyenhoc.Reminders.DeliveryNotFound", parameters: ["field": .string("deliveryId"), "id": .number(77)])
        #expect(missing.readable(Samples.english) == "DeliveryNotFound: no delivered reminder has id 77")
    }

    @Test func everyPhraseIsNFC() {
        let phrases: [ReminderPhrase] = [
            .dueOrRule, .nextReminder, .when, .reminder, .daysOverdue, .nextRepeat, .delivered, .acknowledged, .district,
            .everyYear(month: 12, day: 15), .kind(.overdue, days: 2), .lateMark, .acknowledgedMark, .leadLine(leads: "7d", at: "08:00"),
            .noLeads, .overdueLine(every: nil), .createdLine(uid: 0, at: "x"), .nextDueLine(nil), .problemLine("x"), .upcomingHeadline,
            .deliveredHeadline, .noDeadlines, .noUpcoming, .noOverdue, .noDelivered, .removed(id: 1), .reached(id: 1, occurrence: "x"),
            .acknowledgedDelivery(id: 1, at: "x"), .watching, .streamEnded, .agentWatching(socket: "s"),
            .agentUnreachable(socket: "s", retry: 1), .agentReconnected, .agentNotificationsUnavailable(reason: "r"),
            .agentNotificationsBack, .notDuration("x"), .notDurationList(text: "x", item: "y"), .needsTitle, .needsDue, .dateAndAt,
            .rruleAndYearly, .nothingToChange, .yearlyNeedsDay(nil), .deadlineNotFound(id: "1"), .deliveryNotFound(id: "1"),
        ]
        for phrase in phrases {
            let wording = phrase.wording
            #expect(wording.vietnamese == wording.vietnamese.precomposedStringWithCanonicalMapping, "\(wording.vietnamese)")
            #expect(wording.english != wording.vietnamese, "not translated: \(wording.english)")
        }
    }
}
