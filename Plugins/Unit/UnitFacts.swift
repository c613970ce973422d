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
        let container = try decoder.container(keyedBy: FactKey.self)
        try FactKey.rejectUnknown(in: container, known: Self.keys, of: "the unit's facts")
        variant = try container.decodeIfPresent(String.self, forKey: "variant")
        indicators = try container.decodeIfPresent([String: IndicatorValue].self, forKey: "indicators") ?? [:]
        staff = try Self.staff(in: container)
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

    private static func staff(in container: KeyedDecodingContainer<FactKey>) throws -> [StaffMember] {
        let key: FactKey = "staff"
        guard container.contains(key), try !container.decodeNil(forKey: key) else {
            throw invalid(key, in: container, "missing: list the staff with their results "
                + "(learningCitizen, trainedThisYear, digitalSkills), or [] with totalStaff when none has data yet")
        }
        do {
            return try container.decode([StaffMember].self, forKey: key)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count == container.codingPath.count + 1 {
            // The generic wording would say "an object"; here the list itself is of the wrong type.
            throw invalid(key, in: container, "expected a list of staff members")
        }
    }

    private static func totalStaff(in container: KeyedDecodingContainer<FactKey>, listed: Int) throws -> Int {
        let key: FactKey = "totalStaff"
        guard let number = try container.decodeIfPresent(Double.self, forKey: key) else {
            guard listed > 0 else {
                throw invalid("staff", in: container, "empty: a unit has at least one staff member; list them, or give totalStaff")
            }
            return listed
        }
        guard number.rounded() == number else { throw invalid(key, in: container, "\(number) is not a whole number of staff") }
        guard number >= 1 else { throw invalid(key, in: container, "must be at least 1: a unit has at least one staff member") }
        guard number <= Double(staffLimit) else {
            throw invalid(key, in: container, "more than \(staffLimit) staff is not plausible for one unit")
        }
        let total = Int(number)
        guard total >= listed else {
            throw invalid(key, in: container, "\(total) is fewer than the \(listed) staff members listed under staff; "
                + "give the number of all the unit's staff, listed or not")
        }
        return total
    }

    private static func invalid(_ key: FactKey, in container: KeyedDecodingContainer<FactKey>, _ reason: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: container.codingPath + [key], debugDescription: reason))
    }
}
