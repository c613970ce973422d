/// A person's sex as recorded in a household register.
public enum Sex: String, Sendable, Hashable, CaseIterable {
    case male
    case female

    /// "nam" or "nữ".
    public var titleVi: String {
        switch self {
        case .male: "nam"
        case .female: "nữ"
        }
    }
}
