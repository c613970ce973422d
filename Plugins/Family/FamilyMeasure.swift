import ModelSDK

/// What the family plugin derives from the household's members, for rubric indicators to score
/// through `"measure": "<id>"`. Age groups: school-age children 6–17, adults 15 and over, the
/// literacy age 19–60 (the wording of Decision 448/QĐ-KHVN).
enum FamilyMeasure: String, CaseIterable, Sendable {
    case schoolAgeInSchool
    case everyChildInSchool
    case pupilsAverageResults
    case childrenGoodConduct
    case adultsLiterate
    case adultsStudied
    case adultsLearningCitizens

    /// The value for this household. A share over nobody (no children, say) is `.share(0, of: 0)`:
    /// it does not apply and earns full points.
    func value(of members: [FamilyMember]) -> MeasuredValue {
        switch self {
        case .schoolAgeInSchool:
            Self.share(of: members.filter(\.isSchoolAge), \.isInUniversalEducation)
        case .everyChildInSchool:
            .met(members.filter(\.isSchoolAge).allSatisfy(\.isInUniversalEducation))
        case .pupilsAverageResults:
            Self.share(of: members.filter { $0.isSchoolAge && $0.inSchool }, \.resultsAverageOrBetter)
        case .childrenGoodConduct:
            Self.share(of: members.filter(\.isSchoolAge), \.goodConduct)
        case .adultsLiterate:
            Self.share(of: members.filter(\.isOfLiteracyAge), \.literate)
        case .adultsStudied:
            // A member at school or university is studying this year whether or not the flag says so.
            Self.share(of: members.filter(\.isAdult)) { $0.studiedThisYear || $0.inSchool }
        case .adultsLearningCitizens:
            Self.share(of: members.filter(\.isAdult), \.learningCitizen)
        }
    }

    private static func share(of group: [FamilyMember], _ counts: (FamilyMember) -> Bool) -> MeasuredValue {
        .share(group.count(where: counts), of: group.count)
    }

    var definition: MeasureDefinition {
        switch self {
        case .schoolAgeInSchool:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "Children of school age (6–17) who attend school or have completed universal education",
                descriptionVi: "Trẻ em trong độ tuổi đi học (6–17 tuổi) đang đi học hoặc đã hoàn thành phổ cập giáo dục")
        case .everyChildInSchool:
            MeasureDefinition(
                id: rawValue, kind: .met,
                description: "Every child of school age (6–17) attends school or has completed universal education; met when the household has none",
                descriptionVi: "Mọi trẻ em trong độ tuổi đi học (6–17 tuổi) đều đi học hoặc đã hoàn thành phổ cập giáo dục; đạt khi gia đình không có trẻ trong độ tuổi này")
        case .pupilsAverageResults:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "Children of school age (6–17) in school whose learning results this year are average or better",
                descriptionVi: "Trẻ em trong độ tuổi đi học (6–17 tuổi) đang đi học có kết quả học tập năm nay từ trung bình trở lên")
        case .childrenGoodConduct:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "Children of school age (6–17) of good conduct: honest, polite, active locally; for pupils, conduct rated good (Khá) or better",
                descriptionVi: "Trẻ em trong độ tuổi đi học (6–17 tuổi) ngoan, trung thực, lễ phép, tích cực tham gia hoạt động ở địa phương; với học sinh, hạnh kiểm (rèn luyện) từ khá trở lên")
        case .adultsLiterate:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "People aged 19–60 who are literate at level 1 or above",
                descriptionVi: "Người trong độ tuổi 19–60 biết chữ từ mức độ 1 trở lên")
        case .adultsStudied:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "Members aged 15 and over who studied at least one subject this year (at school or university counts)",
                descriptionVi: "Thành viên từ 15 tuổi trở lên học tập ít nhất một nội dung trong năm (đang đi học phổ thông, đại học cũng được tính)")
        case .adultsLearningCitizens:
            MeasureDefinition(
                id: rawValue, kind: .share,
                description: "Members aged 15 and over recognised as Learning Citizens this year",
                descriptionVi: "Thành viên từ 15 tuổi trở lên được công nhận “Công dân học tập” trong năm")
        }
    }
}
