/// A person while the district is generated; becomes a `Person` at the end.
struct PersonDraft {
    var householdIndex: Int
    var communeIndex: Int
    var role: HouseholdRole
    var familyName: String
    var middleName: String
    var givenName: String
    var sex: Sex
    var birthYear: Int
    var age: Int
    var schooling: Schooling = .notInSchool
    var completedLevel: EducationLevel = .none
    var literate = false
    var goodConduct = false
    var resultsAverageOrBetter = false
    var studiedThisYear = false
    var trainedThisYear = false
    var digitalSkills = false
    var targetGroup: TargetGroup?
    var scores: CitizenScores?
    var organizationIndex: Int?
}
