/// The kind of a community in the Learning Community model's sense.
public enum CommunityKind: String, Sendable, Hashable, CaseIterable {
    /// A village of a rural commune (thôn).
    case village
    /// An urban block of a township (tổ dân phố).
    case residentialGroup

    /// "thôn" or "tổ dân phố".
    public var titleVi: String {
        switch self {
        case .village: "thôn"
        case .residentialGroup: "tổ dân phố"
        }
    }
}
