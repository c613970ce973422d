import Foundation

/// Vietnam's civil time (Asia/Ho_Chi_Minh): the days deadlines fall on and the hour reminders are
/// delivered at.
///
/// Vietnam has kept UTC+7 without daylight saving since 1975, so this is plain arithmetic with that
/// offset rather than a time zone lookup: the time zone database goes through ICU, whose data and
/// tables stayed resident (≈ 2 MiB) in an idle daemon only to add seven hours. Days before 1975
/// are not deadlines anyone sets.
public enum VietnamTime {
    /// UTC+7, in seconds.
    public static let offset = 7 * 3600

    /// The instant at `second` seconds after local midnight of `day`.
    public static func instant(_ day: LocalDay, second: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + second - offset))
    }

    /// The local day of `instant` and the seconds since its local midnight.
    public static func day(of instant: Date) -> (day: LocalDay, second: Int) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let dayNumber = local.floorDivided(by: 86_400)
        return (LocalDay(dayNumber: dayNumber), local - dayNumber * 86_400)
    }
}
