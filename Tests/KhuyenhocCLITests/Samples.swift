import Foundation
import KhuyenHocAPI

@testable import khuyenhoc

/// Replies as the daemon declares them, for rendering without a daemon.
enum Samples {
    static let bichHoa = CommuneReference(code: "10126", name: "Bích Hòa")

    /// 08:00 in Vietnam on 15 November 2026: the 30-day reminder of 15 December.
    static let thirtyDaysBefore = UpcomingReminder(
        deadlineId: 12, title: "Annual report", titleVi: "Nộp báo cáo năm", commune: bichHoa, model: "citizen", phase: nil,
        occurrence: "2026-12-15", kind: .lead, days: 30, remindAt: "2026-11-15T01:00:00.000Z")

    /// A sample deadline: its titles say so, as the daemon writes them.
    static let yearlyReport = DeadlineInfo(
        id: 12, title: "Annual report (sample)", titleVi: "Nộp báo cáo năm (dữ liệu mẫu)", commune: bichHoa, model: "citizen", phase: nil,
        dueDate: "2026-12-15", dueAt: nil, rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", leadTimes: [2_592_000, 604_800, 86_400],
        reminderTime: "08:00", overdueInterval: 604_800, sample: true, createdBy: 1000, createdAt: "2026-11-01T02:30:00.000Z",
        nextOccurrence: "2026-12-15", nextReminder: thirtyDaysBefore, problem: nil)

    /// Due at 17:00 in Vietnam on 31 March 2027, for the whole district, no overdue repeats.
    static let districtInstant = DeadlineInfo(
        id: 3, title: "Unit reports (Circular 22)", titleVi: nil, commune: nil, model: nil, phase: nil, dueDate: nil,
        dueAt: "2027-03-31T10:00:00.000Z", rrule: nil, leadTimes: [86_400], reminderTime: "08:00", overdueInterval: nil,
        sample: false, createdBy: 0, createdAt: "2026-11-02T00:00:00.000Z", nextOccurrence: "2027-03-31T10:00:00.000Z",
        nextReminder: nil, problem: nil)

    static let pilotPlan = DeadlineInfo(
        id: 40, title: "Pilot (sample)", titleVi: "Thí điểm (dữ liệu mẫu)", commune: bichHoa, model: "family", phase: "pilot", dueDate: "2023-12-31",
        dueAt: nil, rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", leadTimes: [], reminderTime: "08:00", overdueInterval: nil, sample: true,
        createdBy: 0, createdAt: "2022-10-05T00:00:00.000Z", nextOccurrence: nil, nextReminder: nil,
        problem: "BYMONTHDAY: no occurrence left")

    /// 15 December 2026, local midnight in Vietnam.
    static let reportDue = Date(timeIntervalSince1970: 1_797_267_600)

    static let leadNotice = ReminderNotice(
        deliveryId: 9, deadlineId: 12, title: "Annual report", titleVi: "Nộp báo cáo năm", due: reportDue, kind: .lead, days: 7,
        communeCode: "10126", communeName: "Bích Hòa", model: "citizen")

    static let overdueNotice = ReminderNotice(
        deliveryId: 31, deadlineId: 12, title: "Annual report", titleVi: "Nộp báo cáo năm", due: reportDue, kind: .overdue, days: 3,
        communeCode: "10126", communeName: "Bích Hòa", model: "citizen", late: true)

    static let english = Localizer(language: .english)
    static let vietnamese = Localizer(language: .vietnamese)
}
