/// What a clan reports under the Learning Clan rubric 2022.1 (`Plugins/Clan/rubric.json`): its
/// given indicators. **Synthetic**.
public struct ClanAssessment: SampleRecord, Hashable {
    /// The rubric version whose indicator ids these are.
    public static let rubricVersion = "2022.1"

    /// A learning-promotion fund kept up and used (met; the gate).
    public let learningFund: Bool
    /// The clan's covenant includes learning (met).
    public let clanCovenant: Bool
    /// Learners the clan rewarded or encouraged this year (count).
    public let rewardedLearners: Int
    /// Learning has raised the families' livelihoods and cultural life (points 0–10).
    public let livelihoodAndCulture: Int

    public init(learningFund: Bool, clanCovenant: Bool, rewardedLearners: Int, livelihoodAndCulture: Int) {
        precondition(rewardedLearners >= 0 && (0...10).contains(livelihoodAndCulture), "values outside the rubric's range")
        self.learningFund = learningFund
        self.clanCovenant = clanCovenant
        self.rewardedLearners = rewardedLearners
        self.livelihoodAndCulture = livelihoodAndCulture
    }

    /// The values by rubric indicator id, in the rubric's order: the facts' `indicators`.
    public var indicators: [AssessedIndicator] {
        [
            AssessedIndicator("learningFund", .met(learningFund)),
            AssessedIndicator("clanCovenant", .met(clanCovenant)),
            AssessedIndicator("rewardedLearners", .count(rewardedLearners)),
            AssessedIndicator("livelihoodAndCulture", .points(livelihoodAndCulture)),
        ]
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
