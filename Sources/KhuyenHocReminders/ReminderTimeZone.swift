import Foundation

/// Asia/Ho_Chi_Minh, where deadlines are set.
enum ReminderTimeZone {
    // UTC+7 all year (no daylight saving since 1975), so a fixed offset is exact and needs no tzdata.
    static let vietnam = TimeZone(secondsFromGMT: 7 * 3600)!
}
