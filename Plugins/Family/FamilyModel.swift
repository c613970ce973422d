import ModelSDK

/// The Learning Family model (Gia đình học tập): a household, scored from what its members do
/// (derived by `FamilyMeasure`) and what the hamlet's association assesses (given per indicator).
/// The rules live in `rubric-2015.json` and `rubric-2022.json`.
enum FamilyModel: LearningModel {
    typealias Facts = FamilyFacts

    static let id = "family"
    static let title = "Learning Family"
    static let titleVi = "Gia đình học tập"
    /// Members carry their Learning Citizen result (`learningCitizen`), so citizens come first.
    static let dependsOn = ["citizen"]
    static var measures: [MeasureDefinition] { FamilyMeasure.allCases.map(\.definition) }
    static var defaultRubrics: [(name: String, json: [UInt8])] {
        [("rubric-2015.json", PackageResources.rubric_2015_json), ("rubric-2022.json", PackageResources.rubric_2022_json)]
    }
}
