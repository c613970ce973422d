import ModelSDK

/// The Learning Clan model (Dòng họ học tập): a lineage, scored from its member families'
/// Learning Family results and counts. The rule lives in `rubric.json` (provisional).
enum ClanModel: LearningModel {
    typealias Facts = ClanFacts

    static let id = "clan"
    static let title = "Learning Clan"
    static let titleVi = "Dòng họ học tập"
    static let dependsOn = ["family"]
    static let measures = MemberFamilies.measures(group: "clan", groupVi: "dòng họ")
    static var defaultRubrics: [(name: String, json: [UInt8])] { [("rubric.json", PackageResources.rubric_json)] }
}
