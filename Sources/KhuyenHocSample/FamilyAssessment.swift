/// What the hamlet's association assesses for a household under the Learning Family rubric
/// 2022.1 (`Plugins/Family/rubric-2022.json`): its given indicators. **Synthetic**.
public struct FamilyAssessment: SampleRecord, Hashable {
    /// The rubric version whose indicator ids these are.
    public static let rubricVersion = "2022.1"

    /// Registered to build a Learning Family, with a yearly learning plan (met; the gate).
    public let registered: Bool
    /// A place to study; books, newspapers or internet for learning (points 0–10).
    public let learningResources: Int
    /// Members set time aside to learn and help one another (points 0–10).
    public let learningTime: Int
    /// Learning applied to work raises the family's income (points 0–15).
    public let livelihood: Int
    /// Not a poor household under the multidimensional poverty standard (met).
    public let notPoor: Bool
    /// Recognised as a Cultural Family this year (met).
    public let culturalFamily: Bool

    public init(registered: Bool, learningResources: Int, learningTime: Int, livelihood: Int, notPoor: Bool, culturalFamily: Bool) {
        precondition((0...10).contains(learningResources) && (0...10).contains(learningTime) && (0...15).contains(livelihood),
                     "points outside the rubric's range")
        self.registered = registered
        self.learningResources = learningResources
        self.learningTime = learningTime
        self.livelihood = livelihood
        self.notPoor = notPoor
        self.culturalFamily = culturalFamily
    }

    /// The values by rubric indicator id, in the rubric's order: the facts' `indicators`.
    public var indicators: [AssessedIndicator] {
        [
            AssessedIndicator("registered", .met(registered)),
            AssessedIndicator("learningResources", .points(learningResources)),
            AssessedIndicator("learningTime", .points(learningTime)),
            AssessedIndicator("livelihood", .points(livelihood)),
            AssessedIndicator("notPoor", .met(notPoor)),
            AssessedIndicator("culturalFamily", .met(culturalFamily)),
        ]
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
