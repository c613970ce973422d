import Foundation
import KhuyenHocAPI

/// Notices the tests deliver: 15 December 2026, local midnight in Vietnam, is 14 December 17:00 UTC.
enum SampleNotice {
    static let reportDue = Date(timeIntervalSince1970: 1_797_267_600)  // 2026-12-14T17:00:00Z

    static let lead = ReminderNotice(
        deliveryId: 9, deadlineId: 41, title: "Annual report", titleVi: "Nộp báo cáo năm", due: reportDue,
        kind: .lead, days: 7, communeCode: "10210", communeName: "Xã Bích Hòa", model: "citizen")

    static let overdueLate = ReminderNotice(
        deliveryId: 12, deadlineId: 41, title: "Annual report", titleVi: "Nộp báo cáo năm", due: reportDue,
        kind: .overdue, days: 1, late: true)
}
