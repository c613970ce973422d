/// Which communes to list. Every filter given must hold; none lists all communes.
public struct CommuneQuery: Sendable, Hashable {
    /// Words the name must contain, each as the start of a word, ignoring case and marks:
    /// `"thanh thuy"` finds `Thanh Thùy`.
    public var name: String?
    /// Only communes that existed on this day (reports for a year use the units of that year).
    public var existingOn: CalendarDate?
    /// Only communes merged into this one.
    public var mergedInto: Int64?

    public init(name: String? = nil, existingOn: CalendarDate? = nil, mergedInto: Int64? = nil) {
        self.name = name
        self.existingOn = existingOn
        self.mergedInto = mergedInto
    }
}
