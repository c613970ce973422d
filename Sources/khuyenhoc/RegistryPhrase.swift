/// The texts of the registry's record commands (`communities`, `households`, `people`, `clans`,
/// `units`), in English and Vietnamese; kept apart from ``Phrase`` so that each group of commands
/// owns its wording.
enum RegistryPhrase: Sendable {
    case name, kind, commune, community, household, members, birthYear, sex, role, code, clanHouseholds, staff
    case targetGroup, inSchool, completedUniversalEducation, literate, studiedThisYear, goodConduct
    case resultsAverageOrBetter, learningCitizen, trainedThisYear, digitalSkills
    case communityKind(String), unitKind(String), sexName(String?)
    case noCommunities, noHouseholds, noPeople, noClans, noUnits, noMembers, noStaff
    /// Said under a list that has further pages.
    case morePages
    case recordNotFound(entity: String, id: String, field: String)
    case constraintViolated(field: String, reason: String)
    case invalidValue(field: String, reason: String)

    /// The English and the Vietnamese text.
    var wording: (english: String, vietnamese: String) {
        switch self {
        case .name: ("NAME", "TÊN")
        case .kind: ("KIND", "LOẠI")
        case .commune: ("COMMUNE", "XÃ")
        case .community: ("COMMUNITY", "THÔN/TỔ DÂN PHỐ")
        case .household: ("HOUSEHOLD", "HỘ")
        case .members: ("MEMBERS", "THÀNH VIÊN")
        case .birthYear: ("BORN", "NĂM SINH")
        case .sex: ("SEX", "GIỚI TÍNH")
        case .role: ("ROLE", "CHỨC VỤ")
        case .code: ("CODE", "SỐ HỘ")
        case .clanHouseholds: ("Households of the clan:", "Các hộ của dòng họ:")
        case .staff: ("Staff:", "Cán bộ, nhân viên:")
        case .targetGroup: ("TARGET GROUP", "NHÓM ĐỐI TƯỢNG")
        case .inSchool: ("IN SCHOOL", "ĐANG ĐI HỌC")
        case .completedUniversalEducation: ("UNIVERSAL EDUCATION", "PHỔ CẬP GIÁO DỤC")
        case .literate: ("LITERATE", "BIẾT CHỮ")
        case .studiedThisYear: ("STUDIED THIS YEAR", "CÓ HỌC TẬP TRONG NĂM")
        case .goodConduct: ("GOOD CONDUCT", "HẠNH KIỂM TỐT")
        case .resultsAverageOrBetter: ("RESULTS AVERAGE OR BETTER", "KẾT QUẢ HỌC TẬP TỪ TRUNG BÌNH")
        case .learningCitizen: ("LEARNING CITIZEN", "CÔNG DÂN HỌC TẬP")
        case .trainedThisYear: ("TRAINED", "ĐƯỢC BỒI DƯỠNG")
        case .digitalSkills: ("DIGITAL SKILLS", "KỸ NĂNG SỐ")
        case .communityKind(let kind):
            switch kind {
            case "village": ("village", "thôn")
            case "urbanBlock": ("urban block", "tổ dân phố")
            default: (kind, kind)
            }
        case .unitKind(let kind):
            switch kind {
            case "agency": ("agency", "cơ quan")
            case "school": ("school", "trường học")
            case "enterprise": ("enterprise", "doanh nghiệp")
            case "cooperative": ("cooperative", "hợp tác xã")
            case "other": ("other", "khác")
            default: (kind, kind)
            }
        case .sexName(let sex):
            switch sex {
            case "female": ("female", "nữ")
            case "male": ("male", "nam")
            case let other?: (other, other)
            case nil: ("—", "—")
            }
        case .noCommunities: ("No community matches.", "Không có thôn, tổ dân phố nào phù hợp.")
        case .noHouseholds: ("No household matches.", "Không có hộ nào phù hợp.")
        case .noPeople: ("No person matches.", "Không có người nào phù hợp.")
        case .noClans: ("No clan matches.", "Không có dòng họ nào phù hợp.")
        case .noUnits: ("No unit matches.", "Không có đơn vị nào phù hợp.")
        case .noMembers: ("No members recorded.", "Chưa ghi nhận thành viên nào.")
        case .noStaff: ("No staff recorded.", "Chưa ghi nhận cán bộ, nhân viên nào.")
        case .morePages: ("… more on further pages: --all lists every one.", "… còn nữa ở các trang sau: --all để liệt kê tất cả.")
        case .recordNotFound(let entity, let id, let field):
            ("no \(entity) has id \(id) (\(field))", "không có \(entity) nào mang mã \(id) (\(field))")
        case .constraintViolated(let field, let reason):
            ("field \(field) — \(reason)", "trường \(field) — \(reason)")
        case .invalidValue(let field, let reason):
            ("\(field) \(reason)", "\(field) không hợp lệ: \(reason)")
        }
    }
}
