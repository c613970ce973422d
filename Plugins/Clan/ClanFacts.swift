import ModelSDK

/// `{"families": [{"learningFamily": true, "adults": 3, …}…], "totalFamilies": 40, "indicators": {…}}`.
///
/// Every key is checked: an unknown one is refused rather than read as "not given".
struct ClanFacts: SubjectFacts {
    static let keys = ["variant", "families", "totalFamilies", "indicators"]

    var variant: String?
    var families: MemberFamilies
    var given: [String: IndicatorValue]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        try container.rejectUnknownKeys(Self.keys, of: "a clan's facts")
        variant = try container.decodeIfPresent(String.self, forKey: "variant")
        families = try MemberFamilies(from: container, group: "clan")
        given = try container.decodeIfPresent([String: IndicatorValue].self, forKey: "indicators") ?? [:]
    }

    func measures() -> [String: MeasuredValue] { families.measured }
}
