import ModelSDK

/// `{"variant": null, "members": [{"age": 42, "literate": true, …}, …], "indicators": {"learningResources": 8, …}}`
///
/// `members` lists everyone in the household, registered or not: the shares are of all of them
/// (DOMAIN.md §5). `indicators` gives the values of the indicators the plugin does not derive.
struct FamilyFacts: SubjectFacts {
    var variant: String?
    var members: [FamilyMember]
    var indicators: [String: IndicatorValue]

    var given: [String: IndicatorValue] { indicators }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case variant, members, indicators
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(CodingKeys.self, of: "the family's facts")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        variant = try container.decodeIfPresent(String.self, forKey: .variant)
        members = try container.decode([FamilyMember].self, forKey: .members)
        guard !members.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .members, in: container,
                debugDescription: "no members: list every person living in the household, registered or not, each with their age")
        }
        indicators = try container.decodeIfPresent([String: IndicatorValue].self, forKey: .indicators) ?? [:]
    }

    /// Every measure of `FamilyMeasure`, derived from the members.
    func measures() -> [String: MeasuredValue] {
        Dictionary(uniqueKeysWithValues: FamilyMeasure.allCases.map { ($0.rawValue, $0.value(of: members)) })
    }
}
