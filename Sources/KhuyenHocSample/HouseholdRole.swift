/// A member's place in the household register (quan hệ với chủ hộ).
public enum HouseholdRole: String, Sendable, Hashable, CaseIterable {
    /// The head of household (chủ hộ).
    case head
    /// The head's wife or husband (vợ, chồng).
    case spouse
    /// The head's child (con).
    case child
    /// The head's father or mother (bố, mẹ).
    case parent

    /// The word used in a household register.
    public var titleVi: String {
        switch self {
        case .head: "chủ hộ"
        case .spouse: "vợ/chồng"
        case .child: "con"
        case .parent: "bố/mẹ"
        }
    }
}
