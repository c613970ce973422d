import ModelSDK

/// One staff member with data, as the unit lists them: their citizen result and this year's
/// learning. Each flag is optional and absent means no; a key the plugin does not know is refused.
struct StaffMember: Decodable {
    static let keys = ["name", "learningCitizen", "trainedThisYear", "digitalSkills"]

    /// Only to name the person in a reason; scoring does not use it.
    var name: String?
    /// Recognised Learning Citizen this year: the citizen model's result for them.
    var learningCitizen: Bool
    /// Took a training or refresher course this year.
    var trainedThisYear: Bool
    var digitalSkills: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        name = try container.decodeIfPresent(String.self, forKey: "name")
        let owner = name.map { "the record of staff member \($0)" } ?? "a staff member's record"
        try container.rejectUnknownKeys(Self.keys) { UnknownKey.reason($0, known: Self.keys, in: owner) }
        // null reads as absent: an empty spreadsheet cell means the person does not meet it.
        learningCitizen = try container.decodeIfPresent(Bool.self, forKey: "learningCitizen") ?? false
        trainedThisYear = try container.decodeIfPresent(Bool.self, forKey: "trainedThisYear") ?? false
        digitalSkills = try container.decodeIfPresent(Bool.self, forKey: "digitalSkills") ?? false
    }
}
