import Foundation
import KhuyenHocStore

/// Vietnam's civil time (Asia/Ho_Chi_Minh): the days deadlines fall on and the hour reminders are
/// delivered at.
///
/// Plain arithmetic with Vietnam's fixed offset (``CalendarDate/vietnamOffset``, which says why),
/// not a time zone lookup.
public enum VietnamTime {
    /// UTC+7, in seconds.
    public static let offset = CalendarDate.vietnamOffset

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
