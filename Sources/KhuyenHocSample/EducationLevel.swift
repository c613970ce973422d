/// The highest level of schooling a person has completed.
public enum EducationLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// No level completed.
    case none
    /// Primary school (tiểu học).
    case primary
    /// Lower secondary school (trung học cơ sở): universal education (phổ cập giáo dục THCS).
    case lowerSecondary
    /// Upper secondary school (trung học phổ thông).
    case upperSecondary
    /// Vocational school or college (trung cấp, cao đẳng).
    case vocational
    /// University (đại học) or higher.
    case university

    /// The name used in the canonical rendering and in exports.
    public var id: String {
        switch self {
        case .none: "none"
        case .primary: "primary"
        case .lowerSecondary: "lowerSecondary"
        case .upperSecondary: "upperSecondary"
        case .vocational: "vocational"
        case .university: "university"
        }
    }

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
