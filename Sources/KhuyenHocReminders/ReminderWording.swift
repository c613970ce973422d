import Foundation
import KhuyenHocAPI

/// A reminder in words: a one-line summary and a body, in one language.
///
/// Dates are local to Asia/Ho_Chi_Minh, where every deadline is set; a deadline due at local
/// midnight (a calendar-date deadline) shows its date only.
public struct ReminderWording: Sendable, Equatable {
    /// E.g. "Còn 7 ngày: Nộp báo cáo năm".
    public var summary: String
    /// E.g. "Xã Bích Hòa (10210) · Công dân học tập · hạn 15/12/2026".
    public var body: String

    /// Words `notice` in `language`.
    public init(_ notice: ReminderNotice, language: ReminderLanguage) {
        let vietnamese = language == .vietnamese
        let title = vietnamese ? notice.titleVi : notice.title
        switch (notice.kind, notice.days, vietnamese) {
        case (.lead, 0, true): summary = "Đến hạn hôm nay: \(title)"
        case (.lead, 0, false): summary = "Due today: \(title)"
        case (.lead, let days, true): summary = "Còn \(days) ngày: \(title)"
        case (.lead, let days, false): summary = "In \(days) \(days == 1 ? "day" : "days"): \(title)"
        case (.overdue, let days, true): summary = "Quá hạn \(days) ngày: \(title)"
        case (.overdue, let days, false): summary = "\(days) \(days == 1 ? "day" : "days") overdue: \(title)"
        }
        var parts: [String] = []
        if let name = notice.communeName ?? notice.communeCode {
            let code = notice.communeName != nil ? notice.communeCode.map { " (\($0))" } ?? "" : ""
            parts.append(name + code)
        }
        if let model = notice.model { parts.append(Self.modelName(model, vietnamese: vietnamese)) }
        let due = Self.localText(notice.due)
        parts.append(vietnamese ? "hạn \(due)" : "due \(due)")
        var body = parts.joined(separator: " · ")
        if notice.late {
            body += vietnamese ? " (nhắc muộn: dịch vụ không chạy lúc đến hạn nhắc)" : " (late: the service was not running when it fell due)"
        }
        self.body = body
    }

    /// The model's name (DOMAIN.md §2), or its id when it is not one of the five.
    static func modelName(_ model: String, vietnamese: Bool) -> String {
        let names: [String: (en: String, vi: String)] = [
            "citizen": ("Learning Citizen", "Công dân học tập"),
            "family": ("Learning Family", "Gia đình học tập"),
            "clan": ("Learning Clan", "Dòng họ học tập"),
            "community": ("Learning Community", "Cộng đồng học tập"),
            "unit": ("Learning Unit", "Đơn vị học tập"),
        ]
        guard let name = names[model] else { return model }
        return vietnamese ? name.vi : name.en
    }

    /// `15/12/2026`, or `15/12/2026 08:00` when the instant is not at local midnight (Vietnamese
    /// and English readers in Vietnam both write day first).
    static func localText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ReminderTimeZone.vietnam
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = String(format: "%02d/%02d/%04d", parts.day!, parts.month!, parts.year!)
        if parts.hour == 0 && parts.minute == 0 { return day }
        return day + String(format: " %02d:%02d", parts.hour!, parts.minute!)
    }
}
