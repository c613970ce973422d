import Varlink

/// The daemon's interface names and their IDL text, embedded from `Interfaces/*.varlink`,
/// which are the API reference.
public enum KhuyenHocInterfaces {
    public static let models = "vn.khuyenhoc.Models"
    public static let evaluation = "vn.khuyenhoc.Evaluation"
    public static let service = "vn.khuyenhoc.Service"
    public static let registry = "vn.khuyenhoc.Registry"
    public static let reports = "vn.khuyenhoc.Reports"
    public static let rollout = "vn.khuyenhoc.Rollout"
    public static let reminders = "vn.khuyenhoc.Reminders"

    /// The IDL text of each interface, by name.
    public static let descriptions: [String: String] = [
        models: String(decoding: PackageResources.vn_khuyenhoc_Models_varlink, as: UTF8.self),
        evaluation: String(decoding: PackageResources.vn_khuyenhoc_Evaluation_varlink, as: UTF8.self),
        service: String(decoding: PackageResources.vn_khuyenhoc_Service_varlink, as: UTF8.self),
        registry: String(decoding: PackageResources.vn_khuyenhoc_Registry_varlink, as: UTF8.self),
        reports: String(decoding: PackageResources.vn_khuyenhoc_Reports_varlink, as: UTF8.self),
        rollout: String(decoding: PackageResources.vn_khuyenhoc_Rollout_varlink, as: UTF8.self),
        reminders: String(decoding: PackageResources.vn_khuyenhoc_Reminders_varlink, as: UTF8.self),
    ]
}
