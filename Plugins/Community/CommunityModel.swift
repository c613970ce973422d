import ModelSDK

/// The Learning Community model (Cộng đồng học tập): a village, hamlet or urban block (thôn, bản,
/// ấp, tổ dân phố), scored from its families' and clans' results. The rule lives in `rubric.json`
/// (provisional).
enum CommunityModel: LearningModel {
    typealias Facts = CommunityFacts

    static let id = "community"
    static let title = "Learning Community"
    static let titleVi = "Cộng đồng học tập"
    static let dependsOn = ["family", "clan"]
    static let measures = MemberFamilies.measures(group: "community", groupVi: "cộng đồng") + ClanList.measures
    static var defaultRubrics: [(name: String, json: [UInt8])] { [("rubric.json", PackageResources.rubric_json)] }
}
