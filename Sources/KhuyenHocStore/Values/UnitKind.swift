import GRDB

/// The kinds of commune-level unit the Learning Unit model evaluates (DOMAIN.md §2).
public enum UnitKind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// A state agency or mass organisation (cơ quan).
    case agency
    /// A kindergarten or school (trường học).
    case school
    /// An enterprise (doanh nghiệp).
    case enterprise
    /// A cooperative (hợp tác xã).
    case cooperative
    /// Any other unit with staff, such as a health station.
    case other
}
