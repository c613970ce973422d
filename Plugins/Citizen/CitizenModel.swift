import ModelSDK

/// The Learning Citizen model (Công dân học tập): one person, self-assessed against the form of
/// their target group. The rule lives in `rubric.json`; this type only reads the facts.
struct CitizenModel: LearningModel {
    let modelDescription: ModelDescription

    init(rubric: RubricDocument) {
        modelDescription = ModelDescription(
            id: "citizen", title: "Learning Citizen", titleVi: "Công dân học tập", dependsOn: [], rubric: rubric)
    }

    func evaluate(_ citizen: CitizenFacts, year: Int?) throws(InvalidFacts) -> EvaluationResult {
        let rubric: Rubric
        do {
            rubric = try modelDescription.rubric.rubric(variant: citizen.targetGroup)
        } catch {
            throw InvalidFacts(field: "targetGroup", reason: error.reason)
        }
        return try RubricScorer(rubric: rubric).score(citizen.scores, year: year)
    }
}

/// `{"targetGroup": "farmers", "scores": {"sl1": 8, …}}`
struct CitizenFacts: Decodable {
    var targetGroup: String
    var scores: [String: Double]
}
