/// The CLI's texts for evidence and stored evaluation, in English and Vietnamese.
enum RollUpPhrase: Sendable {
    case model, subjects, evaluated, unchanged, recognisedCount, skipped, failed
    case year, rubric, total, grade, evaluatedAt, affirmative, negative
    case enteredBy(uid: UInt32, at: String)
    case evidenceStored(model: String, id: Int64, year: Int)
    case storedNow(at: String)
    case storedUnchanged(at: String)
    case noResults(model: String, id: Int64)
    case failure(model: String, id: Int64, field: String, reason: String)
    case areaHeadline(area: String?, year: Int)
    case modelName(String)

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .model: ("MODEL", "MÔ HÌNH")
        case .subjects: ("SUBJECTS", "ĐỐI TƯỢNG")
        case .evaluated: ("EVALUATED", "ĐÃ ĐÁNH GIÁ")
        case .unchanged: ("UNCHANGED", "KHÔNG ĐỔI")
        case .recognisedCount: ("RECOGNISED", "ĐƯỢC CÔNG NHẬN")
        case .skipped: ("NO EVIDENCE", "CHƯA ĐĂNG KÝ")
        case .failed: ("FAILED", "LỖI")
        case .year: ("YEAR", "NĂM")
        case .rubric: ("RUBRIC", "BỘ TIÊU CHÍ")
        case .total: ("TOTAL", "TỔNG ĐIỂM")
        case .grade: ("GRADE", "XẾP LOẠI")
        case .evaluatedAt: ("EVALUATED AT (UTC)", "THỜI ĐIỂM ĐÁNH GIÁ (UTC)")
        case .affirmative: ("yes", "có")
        case .negative: ("no", "không")
        case .enteredBy(let uid, let at): ("Entered by uid \(uid) at \(at) (UTC).", "Người nhập: uid \(uid), lúc \(at) (UTC).")
        case .evidenceStored(let model, let id, let year):
            ("Evidence stored: \(model) \(id), \(year).", "Đã lưu minh chứng: \(model) \(id), năm \(year).")
        case .storedNow(let at): ("Evaluated and stored at \(at) (UTC).", "Đã đánh giá và lưu lúc \(at) (UTC).")
        case .storedUnchanged(let at):
            ("Unchanged since the result stored at \(at) (UTC); nothing new was stored.",
             "Không thay đổi kể từ kết quả lưu lúc \(at) (UTC); không lưu thêm.")
        case .noResults(let model, let id): ("No stored result for \(model) \(id).", "Chưa có kết quả nào được lưu cho \(model) \(id).")
        case .failure(let model, let id, let field, let reason): ("\(model) \(id): \(field) — \(reason)", "\(model) \(id): \(field) — \(reason)")
        case .areaHeadline(let area, let year):
            (area.map { "Commune \($0), \(year):" } ?? "Whole district, \(year):",
             area.map { "Đơn vị hành chính mã \($0), năm \(year):" } ?? "Toàn huyện, năm \(year):")
        case .modelName(let id):
            switch id {
            case "citizen": ("citizen", "công dân học tập")
            case "family": ("family", "gia đình học tập")
            case "clan": ("clan", "dòng họ học tập")
            case "community": ("community", "cộng đồng học tập")
            case "unit": ("unit", "đơn vị học tập")
            default: (id, id)
            }
        }
    }
}

extension Localizer {
    func callAsFunction(_ phrase: RollUpPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }
}
