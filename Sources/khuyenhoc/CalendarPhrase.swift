/// The texts of `khuyenhoc calendar`, in English and Vietnamese.
enum CalendarPhrase: Sendable {
    case exported(events: Int, file: String)

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .exported(let events, let file):
            ("Wrote \(events) deadline\(events == 1 ? "" : "s") as calendar events to \(file).",
             "Đã ghi \(events) hạn chót thành sự kiện lịch vào \(file).")
        }
    }
}
