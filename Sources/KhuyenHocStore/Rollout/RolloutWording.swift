import Foundation

/// The names of the phases and models in the titles of the deadlines the rollout plan makes, in
/// English and Vietnamese (the wording of `khuyenhoc rollout` and of DOMAIN.md §2), kept in one
/// place so that every linked deadline reads the same.
public enum RolloutWording {
    /// "pilot review", "sơ kết thí điểm".
    public static func phaseName(_ phase: RolloutPhase) -> (en: String, vi: String) {
        switch phase {
        case .notStarted: ("not started", "chưa bắt đầu")
        case .studyingCriteria: ("studying the criteria", "nghiên cứu tiêu chí")
        case .pilot: ("pilot", "thí điểm")
        case .pilotReview: ("pilot review", "sơ kết thí điểm")
        case .massRollout: ("mass rollout", "triển khai đại trà")
        }
    }

    /// "Learning Family", "Gia đình học tập".
    public static func modelName(_ model: RegistryModel) -> (en: String, vi: String) {
        switch model {
        case .citizen: ("Learning Citizen", "Công dân học tập")
        case .family: ("Learning Family", "Gia đình học tập")
        case .clan: ("Learning Clan", "Dòng họ học tập")
        case .community: ("Learning Community", "Cộng đồng học tập")
        case .unit: ("Learning Unit", "Đơn vị học tập")
        }
    }

    /// The titles of the deadline for `commune` reaching `phase` of `model`: "Kim Bài: reach pilot
    /// of Learning Family", "Kim Bài: đạt giai đoạn thí điểm mô hình Gia đình học tập" (in NFC),
    /// with ``sampleMark`` for the sample's made-up days, so that every reminder of one says so. A
    /// commune name too long for a title (names may have 200 characters) is cut short with "…".
    public static func titles(commune: String, model: RegistryModel, phase: RolloutPhase, sample: Bool) -> (en: String, vi: String) {
        let phaseName = phaseName(phase)
        let modelName = modelName(model)
        return (title(commune, ": reach \(phaseName.en) of \(modelName.en)" + (sample ? sampleMark.en : "")),
                title(commune, ": đạt giai đoạn \(phaseName.vi) mô hình \(modelName.vi)" + (sample ? sampleMark.vi : "")))
    }

    /// What ends the title of a sample deadline.
    public static let sampleMark = (en: " (sample)", vi: " (dữ liệu mẫu)")

    private static func title(_ commune: String, _ rest: String) -> String {
        let name = commune.precomposedStringWithCanonicalMapping
        let room = DeadlineRules.maximumTitleLength - rest.count
        let shortened = name.count <= room ? name : String(name.prefix(room - 1)) + "…"
        return (shortened + rest).precomposedStringWithCanonicalMapping
    }
}
