import ModelSDK

/// `{"families": […], "totalFamilies": 120, "clans": [{"name", "learningClan"}…], "totalClans": 4,
/// "indicators": {…}}`.
///
/// Every key is checked: an unknown one is refused rather than read as "not given".
struct CommunityFacts: SubjectFacts {
    static let keys = ["variant", "families", "totalFamilies", "clans", "totalClans", "indicators"]

    var variant: String?
    var families: MemberFamilies
    var clans: ClanList
    var given: [String: IndicatorValue]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        try container.rejectUnknownKeys(Self.keys, of: "a community's facts")
        variant = try container.decodeIfPresent(String.self, forKey: "variant")
        families = try MemberFamilies(from: container, group: "community")
        clans = try ClanList(from: container)
        given = try container.decodeIfPresent([String: IndicatorValue].self, forKey: "indicators") ?? [:]
    }

    func measures() -> [String: MeasuredValue] { families.measured.merging(clans.measured) { first, _ in first } }
}
