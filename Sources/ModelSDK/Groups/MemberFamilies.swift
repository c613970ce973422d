/// The member families of a group (a clan, a community): the counts added up over those listed
/// with their Learning Family results, and the number of all its families, registered or not —
/// shares are of all of them (DOMAIN.md §5), so a family not listed counts as not recognised.
/// Read from the group's `families` and `totalFamilies`; its values are the family measures.
public struct MemberFamilies: Sendable, Equatable {
    /// The ids of the family measures, which a group rubric's indicators name as `measure`.
    public static let registeredFamilies = "registeredFamilies"
    public static let learningFamilies = "learningFamilies"
    public static let learningFamilyCount = "learningFamilyCount"
    public static let learningCitizenAdults = "learningCitizenAdults"
    public static let childrenInSchool = "childrenInSchool"

    /// How many families are listed, and the counts added up over them.
    public private(set) var listed = 0
    public private(set) var learning = 0
    public private(set) var adults = 0
    public private(set) var adultLearningCitizens = 0
    public private(set) var schoolAgeChildren = 0
    public private(set) var schoolAgeChildrenInSchool = 0
    /// `totalFamilies`, or the number listed when it is not given.
    public let total: Int

    /// Reads `families` and `totalFamilies` of the group's facts; `group` names it in errors.
    public init(from container: KeyedDecodingContainer<FactsKey>, group: String) throws {
        let families = try container.list(
            "families", of: MemberFamily.self,
            missing: "list the \(group)'s families that have a result this year, each with learningFamily true or false "
                + "(an empty list when none has one)")
        listed = families.count
        for family in families {
            if family.learningFamily { learning += 1 }
            adults += family.adults
            adultLearningCitizens += family.adultLearningCitizens
            schoolAgeChildren += family.schoolAgeChildren
            schoolAgeChildrenInSchool += family.schoolAgeChildrenInSchool
        }
        total = try container.total("totalFamilies", listed: listed, members: "families", of: "the \(group)")
        if total == 0 {
            throw container.invalid(
                container.contains("totalFamilies") ? "totalFamilies" : "families",
                "the \(group) has no family: list its families with their results, and give totalFamilies, the number of all its families")
        }
        // Absent counts are 0, so without this a list with no counts would make the adults'
        // share "not applicable" and earn its full points.
        if listed > 0, adults == 0 {
            throw container.invalid(
                "families",
                "none of the \(listed) families listed gives its adults: give each family's adults and adultLearningCitizens, "
                    + "from which the share of adults recognised as Learning Citizens is worked out")
        }
    }

    /// The family measures' values, for `SubjectFacts.measures()`.
    public var measured: [String: MeasuredValue] {
        [
            Self.registeredFamilies: .share(listed, of: total),
            Self.learningFamilies: .share(learning, of: total),
            Self.learningFamilyCount: .count(learning),
            Self.learningCitizenAdults: .share(adultLearningCitizens, of: adults),
            Self.childrenInSchool: .share(schoolAgeChildrenInSchool, of: schoolAgeChildren),
        ]
    }

    /// The family measures of a group: `group` is "clan" or "community", `groupVi` its Vietnamese name.
    public static func measures(group: String, groupVi: String) -> [MeasureDefinition] {
        [
            MeasureDefinition(
                id: registeredFamilies, kind: .share,
                description: "Families listed with a result this year (registered to build a Learning Family), "
                    + "as a share of all the \(group)'s families (totalFamilies)",
                descriptionVi: "Tỷ lệ hộ gia đình đăng ký xây dựng “Gia đình học tập” (có trong danh sách) "
                    + "trên tổng số hộ gia đình của \(groupVi)"),
            MeasureDefinition(
                id: learningFamilies, kind: .share,
                description: "Families recognised as Learning Families, as a share of all the \(group)'s families "
                    + "(totalFamilies); a family not listed counts as not recognised",
                descriptionVi: "Tỷ lệ hộ gia đình được công nhận “Gia đình học tập” trên tổng số hộ gia đình của \(groupVi); "
                    + "hộ không có trong danh sách được tính là chưa được công nhận"),
            MeasureDefinition(
                id: learningFamilyCount, kind: .count,
                description: "The number of the \(group)'s families recognised as Learning Families",
                descriptionVi: "Số hộ gia đình của \(groupVi) được công nhận “Gia đình học tập”"),
            MeasureDefinition(
                id: learningCitizenAdults, kind: .share,
                description: "Adults of the listed families recognised as Learning Citizens, as a share of those families' adults",
                descriptionVi: "Tỷ lệ người lớn được công nhận “Công dân học tập” trên tổng số người lớn của các hộ trong danh sách"),
            MeasureDefinition(
                id: childrenInSchool, kind: .share,
                description: "School-age children of the listed families who are in school; "
                    + "not applicable (full points) when they have none",
                descriptionVi: "Tỷ lệ trẻ em trong độ tuổi đi học của các hộ trong danh sách được đến trường; "
                    + "không áp dụng (được điểm tối đa) khi không có trẻ em trong độ tuổi đi học"),
        ]
    }
}
