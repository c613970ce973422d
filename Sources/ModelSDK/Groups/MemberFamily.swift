import Foundation

/// One family of a group as its facts list it (an item of `families`): its result under the
/// Learning Family model and the counts the group's shares are made of. Absent counts are 0.
public struct MemberFamily: Decodable, Sendable, Equatable {
    public var name: String?
    public var learningFamily: Bool
    public var adults: Int
    public var adultLearningCitizens: Int
    public var schoolAgeChildren: Int
    public var schoolAgeChildrenInSchool: Int

    /// The keys a listed family may have.
    public static let keys = ["name", "learningFamily", "adults", "adultLearningCitizens", "schoolAgeChildren", "schoolAgeChildrenInSchool"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        try container.rejectUnknownKeys(Self.keys, of: "a family")
        name = try container.decodeIfPresent(String.self, forKey: "name")?.precomposedStringWithCanonicalMapping
        learningFamily = try container.flag(
            "learningFamily", meaning: "true when the family is recognised as a Learning Family this year, false when not")
        adults = try container.count("adults") ?? 0
        adultLearningCitizens = try container.count("adultLearningCitizens") ?? 0
        schoolAgeChildren = try container.count("schoolAgeChildren") ?? 0
        schoolAgeChildrenInSchool = try container.count("schoolAgeChildrenInSchool") ?? 0
        if adultLearningCitizens > adults {
            throw container.invalid(
                "adultLearningCitizens",
                "\(adultLearningCitizens) is more than the family's \(adults) adult\(adults == 1 ? "" : "s")")
        }
        if schoolAgeChildrenInSchool > schoolAgeChildren {
            throw container.invalid(
                "schoolAgeChildrenInSchool",
                "\(schoolAgeChildrenInSchool) is more than the family's \(schoolAgeChildren) school-age "
                    + "child\(schoolAgeChildren == 1 ? "" : "ren")")
        }
    }
}
