import ModelSDK

/// `{"staff": [{"name": …, "learningCitizen": true, "trainedThisYear": true, "digitalSkills": false}…],
/// "totalStaff": 25, "indicators": {"learningPlan": 8, …}}`
///
/// Shares are of all the unit's staff (`totalStaff`), listed or not (DOMAIN.md §5): a person
/// without data does not meet the measure.
struct UnitFacts: SubjectFacts {
    static let learningCitizensMeasure = "staffLearningCitizens"
    static let trainedMeasure = "staffTrained"
    static let digitalSkillsMeasure = "staffDigitalSkills"
    static let learningCitizenCountMeasure = "learningCitizenCount"

    static let keys = ["variant", "staff", "totalStaff", "indicators"]
    /// More staff than any one commune-level unit has: a typing slip, and beyond it counts overflow.
    static let staffLimit = 1_000_000

    var variant: String?
    var staff: [StaffMember]
    /// Every staff member of the unit, at least as many as listed.
    var totalStaff: Int
    var indicators: [String: IndicatorValue]

    var given: [String: IndicatorValue] { indicators }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        try container.rejectUnknownKeys(Self.keys) { UnknownKey.reason($0, known: Self.keys, in: "the unit's facts") }
        variant = try container.decodeIfPresent(String.self, forKey: "variant")
        indicators = try container.decodeIfPresent([String: IndicatorValue].self, forKey: "indicators") ?? [:]
        staff = try container.list(
            "staff", of: StaffMember.self,
            missing: "list the staff with their results (learningCitizen, trainedThisYear, digitalSkills), "
                + "or [] with totalStaff when none has data yet",
            // Names what the list holds, where the generic wording says only "a list".
            notAList: "expected a list of staff members")
        totalStaff = try Self.totalStaff(in: container, listed: staff.count)
    }

    func measures() -> [String: MeasuredValue] {
        let citizens = staff.count { $0.learningCitizen }
        return [
            Self.learningCitizensMeasure: .share(citizens, of: totalStaff),
            Self.trainedMeasure: .share(staff.count { $0.trainedThisYear }, of: totalStaff),
            Self.digitalSkillsMeasure: .share(staff.count { $0.digitalSkills }, of: totalStaff),
            Self.learningCitizenCountMeasure: .count(citizens),
        ]
    }

    /// Unlike a group's total, the unit's is at least 1 and worded in staff.
    private static func totalStaff(in container: KeyedDecodingContainer<FactsKey>, listed: Int) throws -> Int {
        let key = "totalStaff"
        guard let number = try container.decodeIfPresent(Double.self, forKey: FactsKey(stringValue: key)) else {
            guard listed > 0 else {
                throw container.invalid("staff", "empty: a unit has at least one staff member; list them, or give totalStaff")
            }
            return listed
        }
        guard number.rounded() == number else { throw container.invalid(key, "\(number) is not a whole number of staff") }
        guard number >= 1 else { throw container.invalid(key, "must be at least 1: a unit has at least one staff member") }
        guard number <= Double(staffLimit) else {
            throw container.invalid(key, "more than \(staffLimit) staff is not plausible for one unit")
        }
        let total = Int(number)
        guard total >= listed else {
            throw container.invalid(key, "\(total) is fewer than the \(listed) staff members listed under staff; "
                + "give the number of all the unit's staff, listed or not")
        }
        return total
    }
}
