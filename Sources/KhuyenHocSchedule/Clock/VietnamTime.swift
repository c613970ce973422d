import Foundation

/// Vietnam's civil time (Asia/Ho_Chi_Minh): the days deadlines fall on and the hour reminders are
/// delivered at. Vietnam has kept UTC+7 without daylight saving since 1975, but the conversion
/// still goes through the time zone database so that it stays right if that ever changes.
public enum VietnamTime {
    public static let timeZone: TimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    /// The instant at `second` seconds after local midnight of `day`.
    public static func instant(_ day: LocalDay, second: Int = 0) -> Date {
        let midnightUTC = TimeInterval(day.dayNumber * 86_400 + second)
        // The offset in force at that moment (one lookup; refined once in case it differs from the
        // offset at the naive instant, which happens only across an offset change).
        var offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: midnightUTC))
        let guess = Date(timeIntervalSince1970: midnightUTC - TimeInterval(offset))
        offset = timeZone.secondsFromGMT(for: guess)
        return Date(timeIntervalSince1970: midnightUTC - TimeInterval(offset))
    }

    /// The local day of `instant` and the seconds since its local midnight.
    public static func day(of instant: Date) -> (day: LocalDay, second: Int) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let dayNumber = local.floorDivided(by: 86_400)
        return (LocalDay(dayNumber: dayNumber), local - dayNumber * 86_400)
    }
}
