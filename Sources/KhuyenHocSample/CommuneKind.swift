/// The kind of a commune-level administrative unit in the sample district.
public enum CommuneKind: String, Sendable, Hashable, CaseIterable {
    /// A township (thị trấn): the district seat, made of urban blocks.
    case township
    /// A rural commune (xã), made of villages.
    case commune

    /// The Vietnamese word that precedes the name: "thị trấn" or "xã".
    public var titleVi: String {
        switch self {
        case .township: "thị trấn"
        case .commune: "xã"
        }
    }
}
