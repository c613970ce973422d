/// The days of the week as RFC 5545 writes them, Monday first (the default WKST).
public enum Weekday: String, Sendable, Hashable, CaseIterable {
    case monday = "MO"
    case tuesday = "TU"
    case wednesday = "WE"
    case thursday = "TH"
    case friday = "FR"
    case saturday = "SA"
    case sunday = "SU"

    /// 0 for Monday to 6 for Sunday.
    public var index: Int { Self.allCases.firstIndex(of: self)! }
}
