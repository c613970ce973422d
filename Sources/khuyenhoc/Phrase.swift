/// Every text the CLI prints, with its English and Vietnamese wording side by side.
enum Phrase: Sendable {
    // status
    case version, uptime, startedAt, socket, mode, socketActivation, stateFolder, pluginFolder, plugins
    case yes, no
    case modeName(String)
    case pluginCounts(loaded: Int, failed: Int)
    // models
    case id, title, state, rubricVersion, basis, variants
    case stateName(String)
    case basisStatus(String)
    case noModels(pluginFolder: String?)
    case failedBecause(String)
    // rubric
    case rubricHeadline(title: String, model: String, variant: String, version: String)
    case criterionOrIndicator, maxPoints, floor, points
    case recognition, recognitionRule(minimumTotal: String, floor: String?)
    case decision, date, status, source, note
    case pickVariant(model: String)
    // evaluate
    case recognized, notRecognized
    case evaluationOf(model: String, variant: String, year: Int?)
    case totalLine(total: String, threshold: String, maximum: String)
    case grade(String)
    case belowFloor
    case reasons
    // reload
    case reloaded(loaded: Int, failed: Int)
    // failures
    case daemonNotRunning(socket: String)
    case permissionDenied(socket: String)
    case connectionClosed(socket: String)
    case malformedReply(String)
    case factsUnreadable(file: String, reason: String)
    case factsNotJSON(file: String, reason: String)
    case factsEmpty(file: String)
    // declared Varlink errors
    case modelNotFound(model: String)
    case variantNotFound(model: String, variant: String?, known: String)
    case invalidFacts(field: String, reason: String)
    case pluginFailed(model: String, reason: String)
    case notAllowed
    case methodNotFound(String)
    case invalidParameter(String)
    case daemonFailed(String)
    case frameTooLarge(limit: String)
    case tooManyConnections(limit: String)

    /// The English and the Vietnamese text.
    var wording: (english: String, vietnamese: String) {
        switch self {
        case .version: ("Version", "Phiên bản")
        case .uptime: ("Uptime", "Thời gian chạy")
        case .startedAt: ("Started", "Khởi động lúc")
        case .socket: ("Socket", "Socket")
        case .mode: ("Mode", "Chế độ")
        case .socketActivation: ("Socket activation", "Kích hoạt qua socket")
        case .stateFolder: ("State folder", "Thư mục dữ liệu")
        case .pluginFolder: ("Plugin folder", "Thư mục plugin")
        case .plugins: ("Plugins", "Plugin")
        case .yes: ("yes", "có")
        case .no: ("no", "không")
        case .modeName(let mode):
            switch mode {
            case "user": ("user", "người dùng")
            case "system": ("system", "hệ thống")
            default: (mode, mode)
            }
        case .pluginCounts(let loaded, let failed):
            ("\(loaded) loaded, \(failed) failed", "\(loaded) đã nạp, \(failed) lỗi")
        case .id: ("ID", "MÃ")
        case .title: ("TITLE", "TÊN")
        case .state: ("STATE", "TRẠNG THÁI")
        case .rubricVersion: ("RUBRIC", "BỘ TIÊU CHÍ")
        case .basis: ("BASIS", "CĂN CỨ")
        case .variants: ("VARIANTS", "NHÓM ĐỐI TƯỢNG")
        case .stateName(let state):
            switch state {
            case "loaded": ("loaded", "đã nạp")
            case "failed": ("failed", "lỗi")
            default: (state, state)
            }
        case .basisStatus(let status):
            switch status {
            case "official": ("official", "chính thức")
            case "provisional": ("provisional", "tạm thời")
            default: (status, status)
            }
        case .noModels(let folder):
            (
                "No model plugin found" + (folder.map { " in \($0)" } ?? "") + ".",
                "Không tìm thấy plugin mô hình nào" + (folder.map { " trong \($0)" } ?? "") + "."
            )
        case .failedBecause(let reason): ("  ↳ failed: \(reason)", "  ↳ lỗi: \(reason)")
        case .rubricHeadline(let title, let model, let variant, let version):
            ("\(title) (\(model)/\(variant)), rubric version \(version)",
             "\(title) (\(model)/\(variant)), bộ tiêu chí phiên bản \(version)")
        case .criterionOrIndicator: ("CRITERION / INDICATOR", "TIÊU CHÍ / CHỈ SỐ")
        case .maxPoints: ("MAX", "TỐI ĐA")
        case .floor: ("FLOOR", "TỐI THIỂU")
        case .points: ("POINTS", "ĐIỂM")
        case .recognition: ("Recognition", "Công nhận")
        case .recognitionRule(let minimumTotal, let floor):
            if let floor {
                ("at least \(minimumTotal) points in total, no indicator under \(floor)",
                 "tổng từ \(minimumTotal) điểm trở lên, không chỉ số nào dưới \(floor) điểm")
            } else {
                ("at least \(minimumTotal) points in total", "tổng từ \(minimumTotal) điểm trở lên")
            }
        case .decision: ("Basis", "Căn cứ")
        case .date: ("Date", "Ngày")
        case .status: ("Status", "Tình trạng")
        case .source: ("Source", "Nguồn")
        case .note: ("Note", "Ghi chú")
        case .pickVariant(let model):
            ("The model \(model) has several variants; pick one with --variant:",
             "Mô hình \(model) có nhiều nhóm đối tượng; chọn một nhóm bằng --variant:")
        case .recognized: ("RECOGNIZED", "ĐƯỢC CÔNG NHẬN")
        case .notRecognized: ("NOT RECOGNIZED", "CHƯA ĐƯỢC CÔNG NHẬN")
        case .evaluationOf(let model, let variant, let year):
            ("\(model)/\(variant)" + (year.map { ", year \($0)" } ?? ""),
             "\(model)/\(variant)" + (year.map { ", năm \($0)" } ?? ""))
        case .totalLine(let total, let threshold, let maximum):
            ("Total \(total) / threshold \(threshold) / maximum \(maximum) points",
             "Tổng \(total) / mức công nhận \(threshold) / tối đa \(maximum) điểm")
        case .grade(let grade): ("Grade: \(grade)", "Xếp loại: \(grade)")
        case .belowFloor: ("✗ under floor", "✗ dưới mức tối thiểu")
        case .reasons: ("Reasons:", "Lý do:")
        case .reloaded(let loaded, let failed):
            ("Reloaded: \(loaded) plugins loaded, \(failed) failed.",
             "Đã nạp lại: \(loaded) plugin đã nạp, \(failed) lỗi.")
        case .daemonNotRunning(let socket):
            // The system socket belongs to the system manager's unit, any other to the user's.
            socket == SocketLocator.systemSocket
                ? ("khuyenhocd is not running on \(socket): start it with `sudo systemctl start khuyenhocd.socket`",
                   "khuyenhocd không chạy trên \(socket): hãy khởi động bằng `sudo systemctl start khuyenhocd.socket`")
                : ("khuyenhocd is not running on \(socket): start it with `make run`, or `systemctl --user start khuyenhocd.socket`",
                   "khuyenhocd không chạy trên \(socket): hãy khởi động bằng `make run`, hoặc `systemctl --user start khuyenhocd.socket`")
        case .permissionDenied(let socket):
            ("no permission to use \(socket): ask the daemon's owner to add you to its socket group",
             "không có quyền dùng \(socket): hãy nhờ người quản lý daemon thêm bạn vào nhóm của socket")
        case .connectionClosed(let socket):
            ("khuyenhocd on \(socket) closed the connection before it answered; see its log (journalctl --user -u khuyenhocd)",
             "khuyenhocd trên \(socket) đóng kết nối trước khi trả lời; xem nhật ký (journalctl --user -u khuyenhocd)")
        case .malformedReply(let reason):
            ("the daemon's reply could not be read: \(reason)", "không đọc được câu trả lời của daemon: \(reason)")
        case .factsUnreadable(let file, let reason):
            ("cannot read the facts file \(file): \(reason)", "không đọc được tệp dữ kiện \(file): \(reason)")
        case .factsNotJSON(let file, let reason):
            ("the facts file \(file) is not valid JSON: \(reason)", "tệp dữ kiện \(file) không phải JSON hợp lệ: \(reason)")
        case .factsEmpty(let file):
            ("the facts file \(file) is empty", "tệp dữ kiện \(file) trống")
        case .modelNotFound(let model):
            ("no model “\(model)” is loaded; `khuyenhoc models` lists them",
             "không có mô hình “\(model)” nào được nạp; `khuyenhoc models` liệt kê các mô hình")
        case .variantNotFound(let model, let variant, let known):
            if let variant {
                ("the model \(model) has no variant “\(variant)”; known: \(known)",
                 "mô hình \(model) không có nhóm đối tượng “\(variant)”; các nhóm: \(known)")
            } else {
                ("the model \(model) has several variants; pick one with --variant: \(known)",
                 "mô hình \(model) có nhiều nhóm đối tượng; chọn một bằng --variant: \(known)")
            }
        case .invalidFacts(let field, let reason):
            ("field \(field) — \(reason)", "trường \(field) — \(reason)")
        case .pluginFailed(let model, let reason):
            ("the \(model) plugin failed: \(reason)", "plugin \(model) bị lỗi: \(reason)")
        case .notAllowed:
            ("only the daemon's owner, root or its admin group may do this",
             "chỉ chủ sở hữu daemon, root hoặc nhóm quản trị mới được làm việc này")
        case .methodNotFound(let method):
            ("the daemon does not know \(method); is it older than this CLI?",
             "daemon không có \(method); phải chăng daemon cũ hơn CLI này?")
        case .invalidParameter(let parameter):
            ("the daemon rejected the parameter \(parameter)", "daemon từ chối tham số \(parameter)")
        case .daemonFailed(let reason):
            ("the daemon failed: \(reason)", "daemon bị lỗi: \(reason)")
        case .frameTooLarge(let limit):
            ("the request is larger than the daemon's limit of \(limit) bytes",
             "yêu cầu lớn hơn giới hạn \(limit) byte của daemon")
        case .tooManyConnections(let limit):
            ("the daemon serves its limit of \(limit) connections; try again shortly",
             "daemon đã phục vụ tối đa \(limit) kết nối; hãy thử lại sau")
        }
    }
}
