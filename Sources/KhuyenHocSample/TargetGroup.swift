/// The Learning Citizen form a person self-assesses against: the `variants` of the citizen
/// rubric (`Plugins/Citizen/rubric.json`), whose ids these raw values are.
public enum TargetGroup: String, Sendable, Hashable, CaseIterable {
    /// Farmers and rural workers (nông dân, người lao động ở nông thôn).
    case farmers
    /// Workers, craftsmen and repairers (công nhân, thợ thủ công, thợ sửa chữa).
    case workers
    /// Officials, civil servants and public employees from commune level up (cán bộ, công chức,
    /// viên chức từ cấp xã trở lên).
    case officials

    /// The group's name in Vietnamese, as in the rubric.
    public var titleVi: String {
        switch self {
        case .farmers: "Nông dân, người lao động ở nông thôn"
        case .workers: "Công nhân, thợ thủ công, thợ sửa chữa"
        case .officials: "Cán bộ, công chức, viên chức từ cấp xã trở lên"
        }
    }
}
