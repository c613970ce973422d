/// One entry of BYDAY: a weekday, and for MONTHLY and YEARLY rules optionally which one of the
/// month (or year) it is (`1MO` the first Monday, `-1FR` the last Friday).
public struct WeekdayRule: Sendable, Hashable {
    public let ordinal: Int?
    public let weekday: Weekday

    public init(ordinal: Int? = nil, weekday: Weekday) {
        self.ordinal = ordinal
        self.weekday = weekday
    }
}
