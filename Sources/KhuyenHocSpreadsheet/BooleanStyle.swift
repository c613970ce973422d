/// How an exported file writes yes and no; each reads back as the same value.
public enum BooleanStyle: Sendable, Equatable {
    /// `có` / `không`.
    case vietnamese
    /// `yes` / `no`.
    case english
    /// `1` / `0`.
    case digits

    func text(_ value: Bool) -> String {
        switch self {
        case .vietnamese: value ? "có" : "không"
        case .english: value ? "yes" : "no"
        case .digits: value ? "1" : "0"
        }
    }
}
