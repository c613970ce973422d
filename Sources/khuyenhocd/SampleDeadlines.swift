import Foundation
import KhuyenHocStore

/// The sample district's yearly deadlines (DOMAIN.md §6), district-wide and recurring, marked
/// `sample` and in their titles (so every reminder of one says so): registration for the year's learning titles, self-assessment, recognition, the report
/// to the district before 15 December, and the Learning Units' report of the past year by the end
/// of the first quarter (Circular 22).
///
/// Only the 15 December report and the units' first quarter are the seed's; the days of
/// registration (31 January), self-assessment (30 June) and recognition (30 November) are
/// assumed: the seed says only "early in the year" and "near year end". The units' report is a
/// district deadline, without a model, since a model needs a commune.
///
/// Each one's first occurrence is its first day on or after the first start (15 December is this
/// year's unless the daemon first starts after it), and they are armed from then: nothing in the
/// past is reminded of, nor overdue.
enum SampleDeadlines {
    /// Month, day of the month (negative counts from the month's end), English and Vietnamese title.
    static let yearly: [(month: Int, day: Int, title: String, titleVi: String)] = [
        (1, 31, "Registration for the year's learning titles",
         "Đăng ký xây dựng các danh hiệu học tập của năm"),
        (6, 30, "Self-assessment against the learning models' criteria",
         "Tự đánh giá theo tiêu chí các mô hình học tập"),
        (11, 30, "Recognition of the year's learning titles",
         "Bình xét, công nhận các danh hiệu học tập của năm"),
        (12, 15, "Yearly report to the district, before 15 December",
         "Báo cáo kết quả năm lên huyện trước ngày 15 tháng 12"),
        (3, -1, "Learning Units report the past year's self-assessment, by the end of the first quarter",
         "Đơn vị học tập báo cáo kết quả tự đánh giá năm trước, hết quý I"),
    ]

    /// The deadlines as created on the first start, `today` being that day in Vietnam.
    static func deadlines(today: CalendarDate) -> [NewDeadline] {
        yearly.map { entry in
            NewDeadline(
                title: entry.title + RolloutWording.sampleMark.en, titleVi: entry.titleVi + RolloutWording.sampleMark.vi, scope: .district, due: .date(firstOccurrence(entry.month, entry.day, from: today)),
                rrule: "FREQ=YEARLY;BYMONTH=\(entry.month);BYMONTHDAY=\(entry.day)")
        }
    }

    /// The first day on or after `today` that is `day` of `month` (from the end when negative).
    static func firstOccurrence(_ month: Int, _ day: Int, from today: CalendarDate) -> CalendarDate {
        func date(in year: Int) -> CalendarDate {
            if day > 0 { return CalendarDate(year: year, month: month, day: day)! }
            var last = 31
            while CalendarDate(year: year, month: month, day: last) == nil { last -= 1 }
            return CalendarDate(year: year, month: month, day: last + 1 + day)!
        }
        let thisYear = date(in: today.year)
        return thisYear >= today ? thisYear : date(in: today.year + 1)
    }
}
