import GRDB

/// A person: a member of a household, a member of a unit's staff, or both. Holds what the
/// Learning Citizen and Learning Family models take about a person (Plugins/Citizen/README.md,
/// Plugins/Family/README.md) as the commune last recorded it; a person's age in a year is that
/// year minus ``birthYear``.
public struct Person: Codable, Sendable, Hashable {
    public var id: Int64?
    /// The household the person lives in; nil for staff recorded only through their unit.
    public var householdID: Int64?
    /// Full name, family name first: `Nguyễn Văn An`. Stored in NFC; lists order people by given name.
    public var name: String
    public var birthYear: Int
    public var sex: Sex?
    /// The Learning Citizen target group (the citizen rubric's variant: `farmers`, `workers`,
    /// `officials`), when the person self-assesses.
    public var targetGroup: String?
    /// At kindergarten, school or university this year.
    public var inSchool: Bool
    /// Has completed universal education (phổ cập giáo dục).
    public var completedUniversalEducation: Bool
    /// Literate at level 1 or above (biết chữ mức độ 1).
    public var literate: Bool
    /// Studied at least one subject this year.
    public var studiedThisYear: Bool
    /// Honest, polite, active locally; for a pupil, conduct Khá or better.
    public var goodConduct: Bool
    /// A pupil whose learning results this year are average or better; only with ``inSchool``.
    public var resultsAverageOrBetter: Bool
    /// Recognised a Learning Citizen this year, as the commune recorded it (for people whose
    /// self-assessment is not in the registry).
    public var learningCitizen: Bool

    public init(
        id: Int64? = nil, householdID: Int64?, name: String, birthYear: Int, sex: Sex? = nil,
        targetGroup: String? = nil, inSchool: Bool = false, completedUniversalEducation: Bool = false,
        literate: Bool = false, studiedThisYear: Bool = false, goodConduct: Bool = false,
        resultsAverageOrBetter: Bool = false, learningCitizen: Bool = false
    ) {
        self.id = id
        self.householdID = householdID
        self.name = VietnameseText.normalized(name)
        self.birthYear = birthYear
        self.sex = sex
        self.targetGroup = targetGroup
        self.inSchool = inSchool
        self.completedUniversalEducation = completedUniversalEducation
        self.literate = literate
        self.studiedThisYear = studiedThisYear
        self.goodConduct = goodConduct
        self.resultsAverageOrBetter = resultsAverageOrBetter
        self.learningCitizen = learningCitizen
    }
}

extension Person: RegistryRecord {
    public static let databaseTableName = "people"
    static let entity = RegistryEntity.person

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        householdID = try row.decode(forColumn: "household_id")
        name = try row.decode(forColumn: "name")
        birthYear = try row.decode(forColumn: "birth_year")
        sex = try row.decode(forColumn: "sex")
        targetGroup = try row.decode(forColumn: "target_group")
        inSchool = try row.decode(forColumn: "in_school")
        completedUniversalEducation = try row.decode(forColumn: "completed_universal_education")
        literate = try row.decode(forColumn: "literate")
        studiedThisYear = try row.decode(forColumn: "studied_this_year")
        goodConduct = try row.decode(forColumn: "good_conduct")
        resultsAverageOrBetter = try row.decode(forColumn: "results_average_or_better")
        learningCitizen = try row.decode(forColumn: "learning_citizen")
    }

    static let columns = [
        "id", "household_id", "name", "name_key", "sort_key", "birth_year", "sex", "target_group", "in_school",
        "completed_universal_education", "literate", "studied_this_year", "good_conduct",
        "results_average_or_better", "learning_citizen",
    ]

    var values: [(any DatabaseValueConvertible)?] {
        let name = VietnameseText.normalized(self.name)
        return [
            id,
            householdID,
            name,
            VietnameseText.searchKey(name),
            VietnameseText.personSortKey(name),
            birthYear,
            sex,
            targetGroup,
            inSchool,
            completedUniversalEducation,
            literate,
            studiedThisYear,
            goodConduct,
            resultsAverageOrBetter,
            learningCitizen,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        try RegistryRules.checkName(name, of: .person)
        guard RegistryRules.birthYears.contains(birthYear) else { throw RegistryRules.violation(.person, "birthYear") }
        if let targetGroup {
            guard (1...40).contains(targetGroup.utf8.count),
                  targetGroup.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
            else { throw RegistryRules.violation(.person, "targetGroup") }
        }
        if resultsAverageOrBetter, !inSchool { throw RegistryRules.violation(.person, "resultsAverageOrBetter") }
    }

    var references: [(entity: RegistryEntity, id: Int64)] {
        householdID.map { [(.household, $0)] } ?? []
    }
}
