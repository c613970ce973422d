/// A person as `vn.khuyenhoc.Registry` gives them (`Person` in the interface).
public struct PersonInfo: Codable, Sendable, Hashable {
    public var id: Int64
    /// Nil for staff recorded only through their unit.
    public var householdID: Int64?
    public var name: String
    public var birthYear: Int
    /// `female` or `male`.
    public var sex: String?
    public var targetGroup: String?
    public var inSchool: Bool
    public var completedUniversalEducation: Bool
    public var literate: Bool
    public var studiedThisYear: Bool
    public var goodConduct: Bool
    public var resultsAverageOrBetter: Bool
    public var learningCitizen: Bool

    public init(id: Int64, householdID: Int64?, fields: NewMember) {
        self.id = id
        self.householdID = householdID
        name = fields.name
        birthYear = fields.birthYear
        sex = fields.sex
        targetGroup = fields.targetGroup
        inSchool = fields.inSchool ?? false
        completedUniversalEducation = fields.completedUniversalEducation ?? false
        literate = fields.literate ?? false
        studiedThisYear = fields.studiedThisYear ?? false
        goodConduct = fields.goodConduct ?? false
        resultsAverageOrBetter = fields.resultsAverageOrBetter ?? false
        learningCitizen = fields.learningCitizen ?? false
    }

    /// The person's own fields, as Add and Update methods take them.
    public var fields: NewMember {
        NewMember(
            name: name, birthYear: birthYear, sex: sex, targetGroup: targetGroup, inSchool: inSchool,
            completedUniversalEducation: completedUniversalEducation, literate: literate, studiedThisYear: studiedThisYear,
            goodConduct: goodConduct, resultsAverageOrBetter: resultsAverageOrBetter, learningCitizen: learningCitizen)
    }
}
