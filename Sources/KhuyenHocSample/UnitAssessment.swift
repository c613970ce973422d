/// What a unit reports under the Learning Unit rubric 2022.1 (`Plugins/Unit/rubric.json`): its
/// given indicators. **Synthetic**.
public struct UnitAssessment: SampleRecord, Hashable {
    /// The rubric version whose indicator ids these are.
    public static let rubricVersion = "2022.1"

    /// A yearly learning plan for all staff, issued and carried out (points 0–10).
    public let learningPlan: Int
    /// Library or bookcase, computers, internet for learning (points 0–10).
    public let facilities: Int
    /// Funds and working time for staff learning (points 0–10).
    public let budget: Int
    /// The unit completes its tasks and yearly work plan (points 0–15).
    public let tasksCompleted: Int
    /// Initiatives and improvements from what staff learn (points 0–15).
    public let appliedLearning: Int
    /// Support for learning promotion locally (points 0–10).
    public let communitySupport: Int
    /// No staff member disciplined or in serious breach of the law this year (met; the gate).
    public let noSeriousViolation: Bool

    public init(learningPlan: Int, facilities: Int, budget: Int, tasksCompleted: Int, appliedLearning: Int,
                communitySupport: Int, noSeriousViolation: Bool) {
        precondition([learningPlan, facilities, budget, communitySupport].allSatisfy { (0...10).contains($0) }
                     && (0...15).contains(tasksCompleted) && (0...15).contains(appliedLearning),
                     "points outside the rubric's range")
        self.learningPlan = learningPlan
        self.facilities = facilities
        self.budget = budget
        self.tasksCompleted = tasksCompleted
        self.appliedLearning = appliedLearning
        self.communitySupport = communitySupport
        self.noSeriousViolation = noSeriousViolation
    }

    /// The values by rubric indicator id, in the rubric's order: the facts' `indicators`.
    public var indicators: [AssessedIndicator] {
        [
            AssessedIndicator("learningPlan", .points(learningPlan)),
            AssessedIndicator("facilities", .points(facilities)),
            AssessedIndicator("budget", .points(budget)),
            AssessedIndicator("tasksCompleted", .points(tasksCompleted)),
            AssessedIndicator("appliedLearning", .points(appliedLearning)),
            AssessedIndicator("communitySupport", .points(communitySupport)),
            AssessedIndicator("noSeriousViolation", .met(noSeriousViolation)),
        ]
    }

    /// Synthetic: always `true`.
    public var synthetic: Bool { true }
}
