/// A person's own fields, without their id and household (`NewMember` in the interface): a member
/// of a new household, and the body of `AddPerson` and `UpdatePerson`. A flag left nil is false.
public struct NewMember: Codable, Sendable, Hashable {
    public var name: String
    public var birthYear: Int
    /// `female` or `male`.
    public var sex: String?
    public var targetGroup: String?
    public var inSchool: Bool?
    public var completedUniversalEducation: Bool?
    public var literate: Bool?
    public var studiedThisYear: Bool?
    public var goodConduct: Bool?
    public var resultsAverageOrBetter: Bool?
    public var learningCitizen: Bool?

    public init(
        name: String, birthYear: Int, sex: String? = nil, targetGroup: String? = nil, inSchool: Bool? = nil,
        completedUniversalEducation: Bool? = nil, literate: Bool? = nil, studiedThisYear: Bool? = nil,
        goodConduct: Bool? = nil, resultsAverageOrBetter: Bool? = nil, learningCitizen: Bool? = nil
    ) {
        self.name = name
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
