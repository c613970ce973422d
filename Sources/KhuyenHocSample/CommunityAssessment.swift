/// What a village or urban block reports under the Learning Community rubric 2022.1
/// (`Plugins/Community/rubric.json`): its given indicators. **Synthetic**.
public struct CommunityAssessment: SampleRecord, Hashable {
    /// The rubric version whose indicator ids these are.
    public static let rubricVersion = "2022.1"

    /// A place of learning kept and used (met; the gate).
    public let learningPlace: Bool
    /// The village covenant includes learning (met).
    public let villageCovenant: Bool
    /// Learning activities held for residents this year (count).
    public let learningActivities: Int
    /// Recognised this year as a cultural village or residential group (met).
    public let culturalCommunity: Bool

    public init(learningPlace: Bool, villageCovenant: Bool, learningActivities: Int, culturalCommunity: Bool) {
        precondition(learningActivities >= 0, "a count of activities is 0 or more")
        self.learningPlace = learningPlace
        self.villageCovenant = villageCovenant
        self.learningActivities = learningActivities
        self.culturalCommunity = culturalCommunity
    }

    /// The values by rubric indicator id, in the rubric's order: the facts' `indicators`.
    public var indicators: [AssessedIndicator] {
        [
            AssessedIndicator("learningPlace", .met(learningPlace)),
            AssessedIndicator("villageCovenant", .met(villageCovenant)),
            AssessedIndicator("learningActivities", .count(learningActivities)),
            AssessedIndicator("culturalCommunity", .met(culturalCommunity)),
        ]
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
