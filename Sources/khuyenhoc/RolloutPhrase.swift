/// The texts of `khuyenhoc rollout`, in English and Vietnamese.
enum RolloutPhrase: Sendable {
    /// A phase in full: "pilot review", "sơ kết thí điểm".
    case phaseName(String)
    /// A phase in a matrix cell: "review", "sơ kết".
    case phaseShort(String)
    /// A model as a column header: "FAMILY", "GIA ĐÌNH".
    case modelHeader(String)
    case commune, code, model, phase, since, next, due, daysLate, effectiveOn, from, to, madeBy, note
    case matrixHeadline(asOf: String, communes: Int)
    case lateLegend(count: Int)
    case noneLate(asOf: String)
    case noCommunes
    case timelineHeadline(name: String, code: String, asOf: String)
    case readOnly(until: String?)
    case modelLine(model: String, phase: String, since: String?)
    case lateLine(days: Int, phase: String, due: String)
    case planned(String)
    case noTransitions
    case sampleMark
    case recorded(name: String, code: String, model: String, from: String, to: String, on: String)
    case planApplied(model: String, communes: Int, written: Int, kept: Int)
    case deadlineSet(name: String, code: String, model: String, planned: String)
    case noPlan
    case communeReadOnly(name: String, code: String, into: String?, on: String?, until: String?)
    case noteRequired(from: String, to: String)
    case communeUnknown(code: String)
    case invalidValue(field: String, reason: String)

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .phaseName(let id):
            switch id {
            case "notStarted": ("not started", "chưa bắt đầu")
            case "studyingCriteria": ("studying the criteria", "nghiên cứu tiêu chí")
            case "pilot": ("pilot", "thí điểm")
            case "pilotReview": ("pilot review", "sơ kết thí điểm")
            case "massRollout": ("mass rollout", "triển khai đại trà")
            default: (id, id)
            }
        case .phaseShort(let id):
            switch id {
            case "notStarted": ("—", "—")
            case "studyingCriteria": ("study", "nghiên cứu")
            case "pilot": ("pilot", "thí điểm")
            case "pilotReview": ("review", "sơ kết")
            case "massRollout": ("rollout", "đại trà")
            default: (id, id)
            }
        case .modelHeader(let id):
            switch id {
            case "citizen": ("CITIZEN", "CÔNG DÂN")
            case "family": ("FAMILY", "GIA ĐÌNH")
            case "clan": ("CLAN", "DÒNG HỌ")
            case "community": ("COMMUNITY", "CỘNG ĐỒNG")
            case "unit": ("UNIT", "ĐƠN VỊ")
            default: (id.uppercased(), id.uppercased())
            }
        case .commune: ("COMMUNE", "XÃ")
        case .code: ("CODE", "MÃ SỐ")
        case .model: ("MODEL", "MÔ HÌNH")
        case .phase: ("PHASE", "GIAI ĐOẠN")
        case .since: ("SINCE", "TỪ NGÀY")
        case .next: ("SHOULD HAVE REACHED", "LẼ RA ĐÃ ĐẾN")
        case .due: ("BY", "HẠN")
        case .daysLate: ("DAYS LATE", "SỐ NGÀY CHẬM")
        case .effectiveOn: ("DAY", "NGÀY")
        case .from: ("FROM", "TỪ")
        case .to: ("TO", "SANG")
        case .madeBy: ("BY UID", "NGƯỜI GHI (UID)")
        case .note: ("NOTE", "GHI CHÚ")
        case .matrixHeadline(let asOf, let communes):
            ("Rollout of the learning models on \(asOf) (\(communes) commune\(communes == 1 ? "" : "s"))",
             "Triển khai các mô hình học tập tại ngày \(asOf) (\(communes) xã, thị trấn)")
        case .lateLegend(let count):
            ("! late: a planned day has passed and the phase is not reached (\(count) cells; khuyenhoc rollout late lists them)",
             "! chậm: đã quá hạn mà chưa đến giai đoạn đó (\(count) ô; xem khuyenhoc rollout late)")
        case .noneLate(let asOf): ("Nothing is late on \(asOf).", "Không có gì chậm tại ngày \(asOf).")
        case .noCommunes: ("No commune.", "Không có xã nào.")
        case .timelineHeadline(let name, let code, let asOf):
            ("Rollout in \(name) (\(code)), as on \(asOf)", "Triển khai tại \(name) (\(code)), tại ngày \(asOf)")
        case .readOnly(let until):
            ("This commune no longer exists\(until.map { " (last day \($0))" } ?? ""): its rollout can only be read.",
             "Xã này không còn\(until.map { " (ngày cuối \($0))" } ?? ""): chỉ xem được, không sửa được.")
        case .modelLine(let model, let phase, let since):
            ("\(model): \(phase)\(since.map { " since \($0)" } ?? "")", "\(model): \(phase)\(since.map { " từ ngày \($0)" } ?? "")")
        case .lateLine(let days, let phase, let due):
            ("  ! \(days) days late: should have reached \(phase) by \(due)", "  ! chậm \(days) ngày: lẽ ra đã đến \(phase) trước \(due)")
        case .planned(let list): ("  planned: \(list)", "  kế hoạch: \(list)")
        case .noTransitions: ("  no transition recorded", "  chưa ghi bước nào")
        case .sampleMark: ("(sample)", "(mẫu)")
        case .recorded(let name, let code, let model, let from, let to, let on):
            ("Recorded: \(name) (\(code)), \(model): \(from) → \(to) from \(on).",
             "Đã ghi: \(name) (\(code)), \(model): \(from) → \(to) từ ngày \(on).")
        case .planApplied(let model, let communes, let written, let kept):
            ("Plan for \(model) applied to \(communes) commune\(communes == 1 ? "" : "s"): \(written) days set, \(kept) kept (the commune's own).",
             "Đã áp dụng kế hoạch \(model) cho \(communes) xã: đặt \(written) hạn, giữ \(kept) hạn riêng của xã.")
        case .deadlineSet(let name, let code, let model, let planned):
            ("Plan of \(name) (\(code)) for \(model): \(planned)", "Kế hoạch của \(name) (\(code)) cho \(model): \(planned)")
        case .noPlan: ("none", "chưa có")
        case .communeReadOnly(let name, let code, let into, let on, let until):
            if let into, let on {
                ("\(name) (\(code)) was merged into \(into) on \(on): its rollout can only be read",
                 "\(name) (\(code)) đã sáp nhập vào \(into) từ ngày \(on): chỉ xem được, không sửa được")
            } else {
                ("\(name) (\(code)) no longer exists (last day \(until ?? "?")): its rollout can only be read",
                 "\(name) (\(code)) không còn (ngày cuối \(until ?? "?")): chỉ xem được, không sửa được")
            }
        case .noteRequired(let from, let to):
            ("going from \(from) to \(to) is not the next step; say why with --note",
             "chuyển từ \(from) sang \(to) không phải bước kế tiếp; hãy ghi lý do bằng --note")
        case .communeUnknown(let code): ("no commune has code \(code)", "không có xã nào mang mã \(code)")
        case .invalidValue(let field, let reason): ("\(field) \(reason)", "\(field): \(reason)")
        }
    }
}
