import KhuyenHocAPI

/// The texts of `khuyenhoc deadlines` and `khuyenhoc reminders`, in English and Vietnamese.
enum ReminderPhrase: Sendable {
    // column headers
    case id, dueOrRule, title, commune, model, phase, nextDue, nextReminder
    case when, reminder, deadline, due, daysOverdue, nextRepeat, delivery, delivered, acknowledged
    // cells
    case district
    case everyYear(month: Int, day: Int)
    case kind(ReminderKind, days: Int)
    case lateMark
    case acknowledgedMark
    // deadlines show
    case deadlineHeadline(id: Int64, title: String)
    case dueLine(String)
    case repeatsLine(String)
    case leadLine(leads: String, at: String)
    case noLeads
    case overdueLine(every: String?)
    case scopeLine(commune: String, model: String?, phase: String?)
    case createdLine(uid: UInt32, at: String)
    case nextDueLine(String?)
    case problemLine(String)
    case upcomingHeadline, deliveredHeadline
    case noneYet
    // results
    case noDeadlines, noUpcoming, noOverdue, noDelivered
    case added(id: Int64), updated(id: Int64)
    case removed(id: Int64)
    case reached(id: Int64, occurrence: String)
    case acknowledgedDelivery(id: Int64, at: String)
    // watch and agent
    case watching
    case streamEnded
    case agentWatching(socket: String)
    case agentUnreachable(socket: String, retry: Int)
    case agentReconnected
    case agentNotificationsUnavailable(reason: String)
    case agentNotificationsBack
    // option errors
    case notDuration(String)
    case notDurationList(text: String, item: String)
    case notCount(String)
    case needsTitle, needsDue, dateAndAt, rruleAndYearly, nothingToChange
    case yearlyNeedsDay(String?)
    // daemon errors
    case invalidValue(field: String, option: String?, reason: String)
    case deadlineNotFound(id: String)
    case deliveryNotFound(id: String)
    case managedByRollout(id: String, commune: String, model: String, phase: String)

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .id: ("ID", "MÃ")
        case .dueOrRule: ("DUE / REPEATS", "HẠN / LẶP LẠI")
        case .title: ("TITLE", "TÊN")
        case .commune: ("COMMUNE", "XÃ")
        case .model: ("MODEL", "MÔ HÌNH")
        case .phase: ("PHASE", "GIAI ĐOẠN")
        case .nextDue: ("NEXT DUE", "HẠN TỚI")
        case .nextReminder: ("NEXT REMINDER (VIETNAM)", "NHẮC TIẾP THEO (GIỜ VN)")
        case .when: ("WHEN (VIETNAM)", "LÚC (GIỜ VN)")
        case .reminder: ("REMINDER", "LOẠI NHẮC")
        case .deadline: ("DEADLINE", "MÃ HẠN")
        case .due: ("DUE", "NGÀY HẠN")
        case .daysOverdue: ("DAYS OVERDUE", "SỐ NGÀY QUÁ HẠN")
        case .nextRepeat: ("NEXT REPEAT (VIETNAM)", "NHẮC LẠI LÚC (GIỜ VN)")
        case .delivery: ("DELIVERY", "LẦN NHẮC")
        case .delivered: ("DELIVERED (VIETNAM)", "ĐÃ GỬI LÚC (GIỜ VN)")
        case .acknowledged: ("ACKNOWLEDGED (VIETNAM)", "ĐÃ XÁC NHẬN LÚC (GIỜ VN)")
        case .district: ("whole district", "toàn huyện")
        case .everyYear(let month, let day):
            ("every year on \(day) \(Self.months[month - 1])", "hằng năm ngày \(day)/\(month)")
        case .kind(.lead, 0): ("on the day", "đúng ngày hạn")
        case .kind(.lead, let days): ("\(days) day\(days == 1 ? "" : "s") before", "trước \(days) ngày")
        case .kind(.overdue, 0): ("overdue", "quá hạn")
        case .kind(.overdue, let days): ("\(days) day\(days == 1 ? "" : "s") overdue", "quá hạn \(days) ngày")
        case .lateMark: ("(late)", "(muộn)")
        case .acknowledgedMark: ("acknowledged", "đã xác nhận")
        case .deadlineHeadline(let id, let title): ("Deadline \(id): \(title)", "Hạn \(id): \(title)")
        case .dueLine(let due): ("  Due:             \(due)", "  Hạn:              \(due)")
        case .repeatsLine(let rule): ("  Repeats:         \(rule)", "  Lặp lại:          \(rule)")
        case .leadLine(let leads, let at):
            ("  Reminders:       \(leads) before, at \(at) (Vietnam)", "  Nhắc trước:       \(leads), lúc \(at) (giờ VN)")
        case .noLeads: ("  Reminders:       none before", "  Nhắc trước:       không")
        case .overdueLine(let every):
            (every.map { "  Overdue repeats: every \($0)" } ?? "  Overdue repeats: none",
             every.map { "  Nhắc khi quá hạn: mỗi \($0)" } ?? "  Nhắc khi quá hạn: không")
        case .scopeLine(let commune, let model, let phase):
            ("  For:             " + [commune, model, phase].compactMap { $0 }.joined(separator: " · "),
             "  Áp dụng cho:      " + [commune, model, phase].compactMap { $0 }.joined(separator: " · "))
        case .createdLine(let uid, let at): ("  Created:         \(at) by uid \(uid)", "  Tạo lúc:          \(at), uid \(uid)")
        case .nextDueLine(let next):
            ("  Next due:        \(next ?? "none left")", "  Hạn tới:          \(next ?? "không còn")")
        case .problemLine(let problem): ("  ! Cannot be scheduled: \(problem)", "  ! Không lập lịch được: \(problem)")
        case .upcomingHeadline: ("Upcoming reminders", "Lời nhắc sắp tới")
        case .deliveredHeadline: ("Delivered reminders", "Lời nhắc đã gửi")
        case .noneYet: ("  none", "  không có")
        case .noDeadlines: ("No deadline.", "Không có hạn nào.")
        case .noUpcoming: ("No reminder is coming in that time.", "Không có lời nhắc nào trong khoảng thời gian đó.")
        case .noOverdue: ("Nothing is overdue.", "Không có hạn nào bị quá.")
        case .noDelivered: ("No reminder was delivered.", "Chưa gửi lời nhắc nào.")
        case .added(let id): ("Deadline \(id) added.", "Đã thêm hạn \(id).")
        case .updated(let id): ("Deadline \(id) updated.", "Đã sửa hạn \(id).")
        case .removed(let id):
            ("Deadline \(id) removed, with the record of its reminders.", "Đã xoá hạn \(id) cùng các lời nhắc đã ghi của nó.")
        case .reached(let id, let occurrence):
            ("Deadline \(id): \(occurrence) marked reached; its reminders stop.",
             "Hạn \(id): đã ghi nhận hoàn thành lần \(occurrence); các lời nhắc của lần này dừng.")
        case .acknowledgedDelivery(let id, let at):
            ("Reminder \(id) acknowledged at \(at) (Vietnam).", "Đã xác nhận lời nhắc \(id) lúc \(at) (giờ VN).")
        case .watching: ("Watching reminders… (Ctrl+C stops)", "Đang theo dõi lời nhắc… (Ctrl+C để dừng)")
        case .streamEnded: ("The daemon ended the stream.", "Dịch vụ đã đóng luồng lời nhắc.")
        case .agentWatching(let socket):
            ("Showing reminders from \(socket) as desktop notifications.", "Đang hiển thị lời nhắc từ \(socket) thành thông báo.")
        case .agentUnreachable(let socket, let retry):
            ("The daemon is not reachable at \(socket); trying again in \(retry) s, then less often (at most every 60 s).",
             "Không kết nối được dịch vụ tại \(socket); thử lại sau \(retry) giây, rồi thưa dần (tối đa 60 giây một lần).")
        case .agentReconnected: ("Connected to the daemon again.", "Đã kết nối lại với dịch vụ.")
        case .agentNotificationsUnavailable(let reason):
            ("No desktop notification can be shown (\(reason)); reminders are written here instead.",
             "Không hiển thị được thông báo (\(reason)); lời nhắc được ghi ra đây.")
        case .agentNotificationsBack: ("Desktop notifications work again.", "Thông báo hiển thị lại được.")
        case .notDuration(let text):
            ("'\(text)' is not a duration: write e.g. 30d, 12h, 90m, 45s or 1d12h, or none",
             "'\(text)' không phải khoảng thời gian: viết ví dụ 30d, 12h, 90m, 45s hoặc 1d12h, hay none")
        case .notDurationList(let text, let item):
            ("'\(text)': '\(item)' is not a duration: write e.g. 30d,7d,1d (units d, h, m, s; 1d12h), or none",
             "'\(text)': '\(item)' không phải khoảng thời gian: viết ví dụ 30d,7d,1d (đơn vị d, h, m, s; 1d12h), hay none")
        case .notCount(let text): ("'\(text)' is not a whole number", "'\(text)' không phải số nguyên")
        case .needsTitle: ("a deadline needs --title", "hạn cần có --title")
        case .needsDue: ("a deadline needs --date YYYY-MM-DD or --at INSTANT", "hạn cần có --date YYYY-MM-DD hoặc --at THỜI_ĐIỂM")
        case .dateAndAt: ("--date and --at exclude each other", "chỉ dùng một trong --date và --at")
        case .nothingToChange:
            ("give at least one field to change (--title, --date, --lead, …)", "hãy cho ít nhất một trường cần sửa (--title, --date, --lead, …)")
        case .rruleAndYearly: ("--rrule and --yearly exclude each other", "chỉ dùng một trong --rrule và --yearly")
        case .yearlyNeedsDay(let due):
            (due.map { "--yearly needs a day: '\($0)' is neither YYYY-MM-DD nor an RFC 3339 instant" }
                ?? "--yearly needs the day: give --date or --at",
             due.map { "--yearly cần một ngày: '\($0)' không phải YYYY-MM-DD hay thời điểm RFC 3339" }
                ?? "--yearly cần ngày: hãy cho --date hoặc --at")
        case .invalidValue(let field, let option, let reason):
            ("\(field)\(option.map { " (\($0))" } ?? "") \(reason)", "\(field)\(option.map { " (\($0))" } ?? ""): \(reason)")
        case .deadlineNotFound(let id): ("no deadline has id \(id)", "không có hạn nào mang mã \(id)")
        case .deliveryNotFound(let id): ("no delivered reminder has id \(id)", "không có lời nhắc đã gửi nào mang mã \(id)")
        case .managedByRollout(let id, let commune, let model, let phase):
            ("deadline \(id) is the planned day of \(phase) for \(model) in \(commune): change it with khuyenhoc rollout plan",
             "hạn \(id) là ngày kế hoạch \(phase) của \(model) tại \(commune): sửa bằng khuyenhoc rollout plan")
        }
    }

    /// The CLI option that sets a field the daemon named (`deadline.leadTimes[1]` is `--lead`),
    /// so that its error points at what to retype.
    static func option(forField field: String) -> String? {
        let name = field.split(separator: "[", maxSplits: 1).first.map(String.init) ?? field
        return [
            "deadline.title": "--title", "deadline.titleVi": "--title-vi", "deadline.commune": "--commune",
            "deadline.model": "--model", "deadline.dueDate": "--date", "deadline.dueAt": "--at", "deadline.rrule": "--rrule",
            "deadline.leadTimes": "--lead", "deadline.reminderTime": "--time", "deadline.overdueInterval": "--overdue",
            "area": "--area", "model": "--model", "until": "--until", "since": "--since", "limit": "--limit",
            "occurrence": "--occurrence",
        ][name]
    }
}
