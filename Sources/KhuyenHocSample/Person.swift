/// A member of a household, with what the five models need to know of a person. **Synthetic**:
/// the name, age and every other field are generated; no real person is described.
public struct Person: SampleRecord, Hashable {
    /// Dense from 1, in the order of generation; a household's members are consecutive.
    public let id: Int
    /// The `Household` the person lives in.
    public let householdID: Int
    public let role: HouseholdRole
    /// Họ, e.g. "Nguyễn" (NFC).
    public let familyName: String
    /// Tên đệm, e.g. "Văn", "Thị" (NFC).
    public let middleName: String
    /// Tên, e.g. "An" (NFC).
    public let givenName: String
    public let sex: Sex
    public let birthYear: Int
    /// Where the person learns in the district's year, if anywhere.
    public let schooling: Schooling
    /// The highest level of schooling completed.
    public let completedLevel: EducationLevel
    /// Literate at level 1 or above (biết chữ mức độ 1); never before age 5.
    public let literate: Bool
    /// Studied at least one subject this year (in school counts); from age 15 only.
    public let studiedThisYear: Bool
    /// Honest, polite, active locally; for a pupil, conduct Khá or better; from age 6 only.
    public let goodConduct: Bool
    /// A pupil's or student's results this year are average or better; false out of school.
    public let resultsAverageOrBetter: Bool
    /// Took a training or refresher course this year; from age 18 only.
    public let trainedThisYear: Bool
    /// Has basic digital skills; from age 15 only.
    public let digitalSkills: Bool
    /// The Learning Citizen form the person self-assesses against; nil for children and for
    /// people still in school.
    public let targetGroup: TargetGroup?
    /// The person's self-assessment against that form; present exactly when `targetGroup` is.
    public let citizenScores: CitizenScores?
    /// The `Organization` the person works for, if one of the sample's.
    public let organizationID: Int?

    public init(id: Int, householdID: Int, role: HouseholdRole, familyName: String, middleName: String, givenName: String,
                sex: Sex, birthYear: Int, schooling: Schooling, completedLevel: EducationLevel, literate: Bool,
                studiedThisYear: Bool, goodConduct: Bool, resultsAverageOrBetter: Bool, trainedThisYear: Bool,
                digitalSkills: Bool, targetGroup: TargetGroup?, citizenScores: CitizenScores?, organizationID: Int?) {
        precondition((targetGroup == nil) == (citizenScores == nil), "scores go with a target group")
        self.id = id
        self.householdID = householdID
        self.role = role
        self.familyName = familyName
        self.middleName = middleName
        self.givenName = givenName
        self.sex = sex
        self.birthYear = birthYear
        self.schooling = schooling
        self.completedLevel = completedLevel
        self.literate = literate
        self.studiedThisYear = studiedThisYear
        self.goodConduct = goodConduct
        self.resultsAverageOrBetter = resultsAverageOrBetter
        self.trainedThisYear = trainedThisYear
        self.digitalSkills = digitalSkills
        self.targetGroup = targetGroup
        self.citizenScores = citizenScores
        self.organizationID = organizationID
    }

    /// "Nguyễn Văn An": family name, middle name, given name.
    public var fullName: String { familyName + " " + middleName + " " + givenName }

    /// Age in years in `year` (the family model's `age`).
    public func age(in year: Int) -> Int { year - birthYear }

    /// Has completed universal education: lower secondary school (phổ cập giáo dục THCS).
    public var completedUniversalEducation: Bool { completedLevel >= .lowerSecondary }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
