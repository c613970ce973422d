import ModelSDK

/// The Learning Citizen model (Công dân học tập): one person, self-assessed against the form of
/// their target group. The rule lives in `rubric.json`; this type only reads the facts.
struct CitizenModel: LearningModel {
    let modelDescription: ModelDescription
    /// One scorer per target group, prepared once.
    private let scorers: [String: RubricScorer]

    init(rubric: RubricDocument) throws {
        modelDescription = ModelDescription(
            id: "citizen", title: "Learning Citizen", titleVi: "Công dân học tập", dependsOn: [], rubric: rubric)
        var scorers: [String: RubricScorer] = [:]
        for variant in rubric.variants {
            scorers[variant.id] = RubricScorer(rubric: try rubric.rubric(variant: variant.id))
        }
        self.scorers = scorers
    }

    func evaluate(_ citizen: CitizenFacts, year: Int?) throws(InvalidFacts) -> EvaluationResult {
        guard let scorer = scorers[citizen.targetGroup] else {
            do {
                _ = try modelDescription.rubric.rubric(variant: citizen.targetGroup)
            } catch {
                throw InvalidFacts(field: "targetGroup", reason: error.reason)
            }
            throw InvalidFacts(field: "targetGroup", reason: "unknown target group")
        }
        return try scorer.score(citizen.scores, year: year)
    }
}

/// `{"targetGroup": "farmers", "scores": {"sl1": 8, …}}`
struct CitizenFacts: Decodable {
    var targetGroup: String
    var scores: [String: Double]
}
