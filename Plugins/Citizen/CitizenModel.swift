import ModelSDK

/// The Learning Citizen model (Công dân học tập): one person, self-assessed against the form of
/// their target group. The rule lives in `rubric.json`; the facts give every indicator's points.
enum CitizenModel: LearningModel {
    typealias Facts = CitizenFacts

    static let id = "citizen"
    static let title = "Learning Citizen"
    static let titleVi = "Công dân học tập"
    static var defaultRubrics: [(name: String, json: [UInt8])] { [("rubric.json", PackageResources.rubric_json)] }
}

/// `{"targetGroup": "farmers", "scores": {"sl1": 8, …}}`
struct CitizenFacts: SubjectFacts {
    static let variantField = "targetGroup"
    static let givenField = "scores"

    var targetGroup: String
    var scores: [String: IndicatorValue]

    var variant: String? { targetGroup }
    var given: [String: IndicatorValue] { scores }
}
