import Foundation
import KhuyenHocCalendar

/// The deadlines the calendar tests export.
enum SampleDeadlines {
    /// 1 December 2026 02:00 UTC, when the export is made.
    static let stamp = Date(timeIntervalSince1970: 1_796_090_400)

    static let report = CalendarDeadline(
        id: "deadline-1", title: "Annual report, district", titleVi: "Báo cáo năm; gửi huyện",
        description: "Send to the district\\association.", descriptionVi: "Gửi Hội Khuyến học huyện,\nkèm biểu mẫu.",
        due: .day(CalendarDay(year: 2026, month: 12, day: 15)!), recurrence: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15",
        leadTimes: [.seconds(30 * 86_400), .seconds(7 * 86_400), .seconds(16 * 3600)],
        categories: ["Khuyến học", "citizen"])

    /// 31 March 2027 10:00 local = 03:00 UTC.
    static let pilotReview = CalendarDeadline(
        id: "deadline-2", title: "Pilot review", titleVi: "Sơ kết thí điểm",
        due: .instant(Date(timeIntervalSince1970: 1_806_462_000)), leadTimes: [.seconds(86_400 + 5400)])
}
