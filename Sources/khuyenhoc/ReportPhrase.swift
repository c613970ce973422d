/// The texts of `khuyenhoc report` and `khuyenhoc communes merge`, in English and Vietnamese.
enum ReportPhrase: Sendable {
    case districtHeadline(year: Int, day: String, communes: Int)
    case communeHeadline(name: String, code: String, year: Int, day: String)
    case counts(String)
    case measure, total, registered, evaluated, recognized, share, target, gap, status, commune, code
    case behind, onTrack, noSubjects
    case targetBy(percent: String, year: Int)
    case noneBehind(year: Int)
    case behindHeadline(year: Int, day: String)
    case basisLine(String)
    case merged(names: String, into: String, on: String)
    case communeNotInYearLater(name: String, code: String, year: Int, validFrom: String, replaced: String)
    case communeNotInYearMerged(name: String, code: String, year: Int, into: String, on: String)
    case communeUnknown(code: String)
    case invalidValue(field: String, reason: String)
    case csvHeader([String])

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .districtHeadline(let year, let day, let communes):
            ("Progress of the district in \(year) (\(communes) communes as on \(day))",
             "Tiến độ của huyện năm \(year) (\(communes) xã, thị trấn tại ngày \(day))")
        case .communeHeadline(let name, let code, let year, let day):
            ("Progress of \(name) (\(code)) in \(year), as on \(day)", "Tiến độ của \(name) (\(code)) năm \(year), tại ngày \(day)")
        case .counts(let names): ("Counts the subjects of: \(names)", "Gồm các đối tượng của: \(names)")
        case .measure: ("MEASURE", "CHỈ TIÊU")
        case .total: ("TOTAL", "TỔNG SỐ")
        case .registered: ("REGISTERED", "ĐĂNG KÝ")
        case .evaluated: ("EVALUATED", "ĐÃ ĐÁNH GIÁ")
        case .recognized: ("RECOGNISED", "CÔNG NHẬN")
        case .share: ("SHARE", "TỶ LỆ")
        case .target: ("TARGET", "MỤC TIÊU")
        case .gap: ("GAP", "CÒN THIẾU")
        case .status: ("STATUS", "ĐÁNH GIÁ")
        case .commune: ("COMMUNE", "XÃ")
        case .code: ("CODE", "MÃ SỐ")
        case .behind: ("BEHIND", "CHẬM")
        case .onTrack: ("on track", "đạt")
        case .noSubjects: ("none", "không có")
        case .targetBy(let percent, let year): ("\(percent) by \(year)", "\(percent) đến \(year)")
        case .noneBehind(let year): ("No commune is behind its targets for \(year).", "Không có xã nào chậm so với mục tiêu năm \(year).")
        case .behindHeadline(let year, let day):
            ("Communes behind target in \(year), largest gap first (communes as on \(day))",
             "Các xã chậm so với mục tiêu năm \(year), thiếu nhiều nhất trước (xã tại ngày \(day))")
        case .basisLine(let documents): ("Targets: \(documents)", "Mục tiêu theo: \(documents)")
        case .merged(let names, let into, let on):
            ("Recorded: \(names) merged into \(into) on \(on).", "Đã ghi: \(names) sáp nhập vào \(into) từ ngày \(on).")
        case .communeNotInYearLater(let name, let code, let year, let validFrom, let replaced):
            ("\(name) (\(code)) did not exist in \(year): it exists from \(validFrom) and replaced \(replaced); ask for those codes",
             "\(name) (\(code)) chưa có trong năm \(year): có từ ngày \(validFrom), thay cho \(replaced); hãy hỏi theo các mã đó")
        case .communeNotInYearMerged(let name, let code, let year, let into, let on):
            ("\(name) (\(code)) no longer existed in \(year): it was merged into \(into) on \(on)",
             "\(name) (\(code)) không còn trong năm \(year): đã sáp nhập vào \(into) từ ngày \(on)")
        case .communeUnknown(let code): ("no commune has ever had code \(code)", "không có xã nào mang mã \(code)")
        case .invalidValue(let field, let reason): ("\(field) \(reason)", "\(field): \(reason)")
        case .csvHeader(let columns):
            (columns.joined(separator: ","), columns.map { Self.vietnameseColumns[$0] ?? $0 }.joined(separator: ","))
        }
    }

    /// The CSV columns' Vietnamese headers.
    static let vietnameseColumns = [
        "code": "Mã số", "commune": "Xã", "year": "Năm", "day": "Ngày", "measure": "Chỉ tiêu", "model": "Mô hình",
        "title": "Nội dung", "total": "Tổng số", "registered": "Đăng ký", "evaluated": "Đã đánh giá",
        "recognized": "Được công nhận", "share": "Tỷ lệ (%)", "target2025": "Mục tiêu 2025 (%)",
        "target2030": "Mục tiêu 2030 (%)", "targetYear": "Năm mục tiêu áp dụng", "target": "Mục tiêu áp dụng (%)",
        "gap": "Còn thiếu (điểm %)", "behind": "Chậm",
    ]
}
