import Foundation
import KhuyenHocSample
import KhuyenHocStore
import Testing

/// Today in Vietnam by arithmetic, checked against the time zone database.
@Suite struct CalendarDateVietnamTests {
    @Test func theDayTurnsAtFiveInTheAfternoonUTC() {
        let evening = Date(timeIntervalSince1970: 1_796_317_199) // 2026-12-03T16:59:59Z
        #expect(CalendarDate.inVietnam(evening).description == "2026-12-03")
        #expect(CalendarDate.inVietnam(evening.addingTimeInterval(1)).description == "2026-12-04")
        #expect(CalendarDate.inVietnam(Date(timeIntervalSince1970: 1_798_736_400)).description == "2027-01-01") // 2026-12-31T17:00:00Z
    }

    @Test func agreesWithTheTimeZoneDatabaseSince1976() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        var generator = SplitMix64(seed: 1976)
        let from = 189_302_400.0 // 1976-01-01
        for _ in 0..<2_000 {
            let instant = Date(timeIntervalSince1970: Double.random(in: from..<4_102_444_800, using: &generator))
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let expected = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
            #expect(CalendarDate.inVietnam(instant) == expected, "\(instant)")
        }
    }
}
