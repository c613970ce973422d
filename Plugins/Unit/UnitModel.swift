import ModelSDK

/// The Learning Unit model (Đơn vị học tập): an agency, school, enterprise or cooperative at
/// commune level, scored from its staff's results and from values the unit gives. The rule lives in
/// `rubric.json`; this type names the model and what it derives from the staff list.
enum UnitModel: LearningModel {
    typealias Facts = UnitFacts

    static let id = "unit"
    static let title = "Learning Unit"
    static let titleVi = "Đơn vị học tập"
    /// Each staff member's `learningCitizen` is the citizen model's result for them.
    static let dependsOn = ["citizen"]

    static let measures = [
        MeasureDefinition(
            id: UnitFacts.learningCitizensMeasure, kind: .share,
            description: "Share of all staff recognised as Learning Citizens this year "
                + "(national targets for learning units: 60 % by 2025, 80 % by 2030)",
            descriptionVi: "Tỷ lệ cán bộ, người lao động của đơn vị được công nhận Công dân học tập trong năm "
                + "(mục tiêu quốc gia: 60 % vào năm 2025, 80 % vào năm 2030)"),
        MeasureDefinition(
            id: UnitFacts.trainedMeasure, kind: .share,
            description: "Share of all staff who took a training or refresher course this year",
            descriptionVi: "Tỷ lệ cán bộ, người lao động của đơn vị tham gia đào tạo, bồi dưỡng trong năm"),
        MeasureDefinition(
            id: UnitFacts.digitalSkillsMeasure, kind: .share,
            description: "Share of all staff with basic digital skills",
            descriptionVi: "Tỷ lệ cán bộ, người lao động của đơn vị có kỹ năng số cơ bản"),
        MeasureDefinition(
            id: UnitFacts.learningCitizenCountMeasure, kind: .count,
            description: "Number of staff recognised as Learning Citizens this year",
            descriptionVi: "Số cán bộ, người lao động của đơn vị được công nhận Công dân học tập trong năm"),
    ]

    static var defaultRubrics: [(name: String, json: [UInt8])] { [("rubric.json", PackageResources.rubric_json)] }
}
