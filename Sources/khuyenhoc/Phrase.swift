import KhuyenHocAPI

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
    case crashedDisabled(model: String, signal: String, during: String, at: String)
    case crashedQuarantined(model: String, inARow: Int, signal: String, during: String, at: String)
    case onProbation(signal: String, at: String)
    case released(model: String, state: String)
    case modelNotDisabled(model: String)
    // rubric
    case rubricHeadline(title: String, model: String, variant: String, version: String)
    case criterionOrIndicator, kind, maxPoints, floor, scoring, points
    case kindName(IndicatorKind)
    case gate, gateLegend
    case fromMembers(measure: String)
    case threshold, thresholdRule(minimumTotal: String, maximum: String)
    case defaultFloor, defaultFloorRule(String?)
    case grades, noGrades
    case appliesTo, years(from: Int?, until: Int?)
    case origin, originName(String)
    case decision, date, status, source, note
    case pickVariant(model: String)
    // communes
    case statisticsCode, communeName, validFrom, validUntil, mergedInto
    case communeKindName(String)
    case noCommunes
    // rubric check
    case rubricValid(file: String, model: String, version: String, years: String, variants: Int, indicators: Int)
    case checkedByDaemon
    case measuresNotChecked(DaemonCheckSkipped)
    case fileUnreadable(String)
    case notUTF8, notJSON(String)
    case modelNotLoaded(model: String)
    // evaluate
    case recognized, notRecognized, incomplete
    case gradeOf(String)
    case assessedCount(assessed: Int, total: Int)
    case evaluationOf(model: String, variant: String, year: Int?, version: String)
    case totalLine(total: String, threshold: String, maximum: String)
    case value
    case notApplicable
    case belowFloor, gateNotMet
    case reasons
    case improvements
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
    case rubricNotFound(model: String, version: String?, year: String?, known: String)
    case invalidFacts(field: String, reason: String)
    case pluginFailed(model: String, reason: String)
    case notAllowed
    case methodNotFound(String)
    case invalidParameter(String)
    case daemonFailed(String)
    case frameTooLarge(limit: String)
    case tooManyConnections(limit: String)
    case storageFull

    /// The English and the Vietnamese text.
    var wording: (english: String, vietnamese: String) {
        switch self {
        case .statisticsCode: ("CODE", "MÃ SỐ")
        case .communeName: ("NAME", "TÊN")
        case .validFrom: ("FROM", "TỪ NGÀY")
        case .validUntil: ("UNTIL", "ĐẾN NGÀY")
        case .mergedInto: ("MERGED INTO", "SÁP NHẬP VÀO")
        case .communeKindName(let kind):
            switch kind {
            case "commune": ("commune", "xã")
            case "ward": ("ward", "phường")
            case "town": ("township", "thị trấn")
            default: (kind, kind)
            }
        case .noCommunes: ("No commune matches.", "Không có xã, phường, thị trấn nào phù hợp.")
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
            case "disabled": ("DISABLED", "ĐÃ TẮT")
            case "quarantined": ("QUARANTINED", "ĐÃ CÁCH LY")
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
        case .crashedDisabled(let model, let signal, let during, let at):
            ("  ↳ DISABLED: crashed with \(signal) while \(Self.duringEnglish(during)) on \(at); disabled until the plugin file is replaced or an administrator runs `khuyenhoc models release \(model)`",
             "  ↳ ĐÃ TẮT: plugin bị sập (\(signal)) khi \(Self.duringVietnamese(during)) lúc \(at); tắt cho đến khi tệp plugin được thay hoặc quản trị viên chạy `khuyenhoc models release \(model)`")
        case .crashedQuarantined(let model, let inARow, let signal, let during, let at):
            ("  ↳ QUARANTINED: crashed \(inARow) times in a row, the last with \(signal) while \(Self.duringEnglish(during)) on \(at); stays off until an administrator runs `khuyenhoc models release \(model)` (replacing the file is not enough)",
             "  ↳ ĐÃ CÁCH LY: plugin bị sập \(inARow) lần liên tiếp, lần cuối (\(signal)) khi \(Self.duringVietnamese(during)) lúc \(at); tắt cho đến khi quản trị viên chạy `khuyenhoc models release \(model)` (thay tệp là chưa đủ)")
        case .onProbation(let signal, let at):
            ("  ↳ on probation: crashed with \(signal) on \(at), its file was replaced since; its first successful evaluation clears this",
             "  ↳ đang thử lại: đã sập (\(signal)) lúc \(at), tệp đã được thay; lần chấm điểm thành công đầu tiên sẽ xoá ghi nhận này")
        case .released(let model, let state):
            ("Released \(model): its crash history is cleared and the plugins were reloaded; it is now \(state).",
             "Đã gỡ tắt \(model): lịch sử sập đã được xoá và các plugin đã được nạp lại; trạng thái hiện tại: \(state).")
        case .modelNotDisabled(let model):
            ("the \(model) plugin has no crash on record: there is nothing to release",
             "plugin \(model) không có lần sập nào được ghi nhận: không có gì để gỡ")
        case .rubricHeadline(let title, let model, let variant, let version):
            ("\(title) (\(model)/\(variant)), rubric version \(version)",
             "\(title) (\(model)/\(variant)), bộ tiêu chí phiên bản \(version)")
        case .criterionOrIndicator: ("CRITERION / INDICATOR", "TIÊU CHÍ / CHỈ SỐ")
        case .kind: ("KIND", "LOẠI")
        case .maxPoints: ("MAX", "TỐI ĐA")
        case .floor: ("FLOOR", "TỐI THIỂU")
        case .scoring: ("SCORING", "CÁCH TÍNH ĐIỂM")
        case .points: ("POINTS", "ĐIỂM")
        case .kindName(let kind):
            switch kind {
            case .points: ("points", "điểm")
            case .met: ("met / not met", "đạt / không đạt")
            case .share: ("share", "tỉ lệ")
            case .count: ("count", "số lượng")
            }
        case .gate: ("gate", "bắt buộc")
        case .gateLegend:
            ("gate: the title needs it met, whatever the total",
             "bắt buộc: phải đạt mới được công nhận, dù tổng điểm bao nhiêu")
        case .fromMembers(let measure):
            ("from members (\(measure))", "tính từ thành viên (\(measure))")
        case .threshold: ("Threshold", "Mức công nhận")
        case .thresholdRule(let minimumTotal, let maximum):
            ("at least \(minimumTotal) of \(maximum) points in total",
             "tổng từ \(minimumTotal) điểm trở lên (tối đa \(maximum) điểm)")
        case .defaultFloor: ("Default floor", "Mức tối thiểu chung")
        case .defaultFloorRule(let floor):
            if let floor {
                ("\(floor) points for every points indicator without a floor of its own",
                 "\(floor) điểm cho mỗi chỉ số loại điểm không có mức tối thiểu riêng")
            } else {
                ("none", "không có")
            }
        case .grades: ("Grades", "Xếp loại")
        case .noGrades: ("none: recognised or not", "không xếp loại: chỉ công nhận hoặc không")
        case .appliesTo: ("Applies to", "Áp dụng")
        case .years(let from, let until):
            switch (from, until) {
            case (nil, nil): ("all years", "mọi năm")
            case (let from?, nil): ("\(from) onwards", "từ năm \(from)")
            case (nil, let until?): ("until \(until)", "đến năm \(until)")
            case (let from?, let until?) where from == until: ("\(from) only", "riêng năm \(from)")
            case (let from?, let until?): ("\(from)–\(until)", "từ năm \(from) đến năm \(until)")
            }
        case .origin: ("Origin", "Xuất xứ")
        case .originName(let origin):
            origin == RubricDocument.builtIn
                ? ("built into the plugin", "có sẵn trong plugin")
                : ("rubric file \(origin)", "tệp bộ tiêu chí \(origin)")
        case .decision: ("Basis", "Căn cứ")
        case .date: ("Date", "Ngày")
        case .status: ("Status", "Tình trạng")
        case .source: ("Source", "Nguồn")
        case .note: ("Note", "Ghi chú")
        case .pickVariant(let model):
            ("The model \(model) has several variants; pick one with --variant:",
             "Mô hình \(model) có nhiều nhóm đối tượng; chọn một nhóm bằng --variant:")
        case .rubricValid(let file, let model, let version, let years, let variants, let indicators):
            ("\(file): valid — \(model) rubric \(version), \(years), \(variants) variant\(variants == 1 ? "" : "s"), "
                + "\(indicators) indicator\(indicators == 1 ? "" : "s")",
             "\(file): hợp lệ — bộ tiêu chí \(model) phiên bản \(version), áp dụng \(years), "
                + "\(variants) nhóm đối tượng, \(indicators) chỉ số")
        case .checkedByDaemon:
            ("Measure names and the model were checked by khuyenhocd.",
             "khuyenhocd đã kiểm tra mô hình và tên các phép đo (measure).")
        case .measuresNotChecked(let reason):
            switch reason {
            case .offline:
                ("Measure names were not checked (--offline): only khuyenhocd knows the measures each model derives.",
                 "Chưa kiểm tra tên các phép đo (measure) (--offline): chỉ khuyenhocd biết mỗi mô hình tính được những phép đo nào.")
            case .daemonNotRunning(let socket):
                ("Measure names were not checked: khuyenhocd is not running on \(socket).",
                 "Chưa kiểm tra tên các phép đo (measure): khuyenhocd không chạy trên \(socket).")
            case .permissionDenied(let socket):
                ("Measure names were not checked: no permission to use \(socket).",
                 "Chưa kiểm tra tên các phép đo (measure): không có quyền dùng \(socket).")
            case .daemonTooOld(let socket):
                ("Measure names were not checked: khuyenhocd on \(socket) is older than this CLI and cannot check rubrics.",
                 "Chưa kiểm tra tên các phép đo (measure): khuyenhocd trên \(socket) cũ hơn CLI này, không kiểm tra được bộ tiêu chí.")
            }
        case .fileUnreadable(let reason): ("cannot be read: \(reason)", "không đọc được: \(reason)")
        case .notUTF8: ("not UTF-8 text; save the file as UTF-8", "không phải văn bản UTF-8; hãy lưu tệp ở dạng UTF-8")
        case .notJSON(let reason): ("not valid JSON: \(reason)", "không phải JSON hợp lệ: \(reason)")
        case .modelNotLoaded(let model):
            ("khuyenhocd has no model “\(model)” loaded; `khuyenhoc models` lists them",
             "khuyenhocd không có mô hình “\(model)” nào được nạp; `khuyenhoc models` liệt kê các mô hình")
        case .recognized: ("RECOGNIZED", "ĐƯỢC CÔNG NHẬN")
        case .notRecognized: ("NOT RECOGNIZED", "CHƯA ĐƯỢC CÔNG NHẬN")
        case .incomplete: ("INCOMPLETE", "CHƯA ĐỦ DỮ LIỆU")
        case .gradeOf(let grade): ("grade \(grade)", "xếp loại \(grade)")
        case .assessedCount(let assessed, let total):
            ("\(assessed) of \(total) indicators given", "có dữ liệu \(assessed)/\(total) chỉ số")
        case .evaluationOf(let model, let variant, let year, let version):
            ("\(model)/\(variant)" + (year.map { ", year \($0)" } ?? "") + ", rubric \(version)",
             "\(model)/\(variant)" + (year.map { ", năm \($0)" } ?? "") + ", bộ tiêu chí \(version)")
        case .totalLine(let total, let threshold, let maximum):
            ("Total \(total) / threshold \(threshold) / maximum \(maximum) points",
             "Tổng \(total) / mức công nhận \(threshold) / tối đa \(maximum) điểm")
        case .value: ("VALUE", "GIÁ TRỊ")
        case .notApplicable: ("n/a", "không áp dụng")
        case .belowFloor: ("✗ under floor", "✗ dưới mức tối thiểu")
        case .gateNotMet: ("✗ not met (gate)", "✗ chưa đạt (bắt buộc)")
        case .reasons: ("Reasons:", "Lý do:")
        case .improvements: ("To be recognised:", "Để được công nhận:")
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
        case .rubricNotFound(let model, let version, let year, let known):
            if let version {
                ("the model \(model) has no rubric “\(version)”; it has: \(known)",
                 "mô hình \(model) không có bộ tiêu chí “\(version)”; các bộ hiện có: \(known)")
            } else {
                ("no rubric of the model \(model) applies to \(year ?? "that year"); it has: \(known)",
                 "không có bộ tiêu chí nào của mô hình \(model) áp dụng cho năm \(year ?? "đó"); các bộ hiện có: \(known)")
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
        case .storageFull:
            ("the disk of the daemon's state folder is full; nothing was written — free some space and try again",
             "ổ đĩa chứa thư mục dữ liệu của daemon đã đầy; không có gì được ghi — hãy giải phóng dung lượng rồi thử lại")
        }
    }
}
