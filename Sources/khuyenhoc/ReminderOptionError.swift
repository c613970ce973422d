import Foundation

/// Why the value of a deadline or reminder option cannot be used. ArgumentParser prints it after
/// naming the option (`The value '3x' is invalid for '--lead <durations>': …`).
struct ReminderOptionError: Error, CustomStringConvertible {
    let phrase: ReminderPhrase

    var description: String { Localizer.current.reminder(phrase) }

    /// `--lead`: durations separated by commas, or `none`.
    static func leadTimes(_ text: String) throws(ReminderOptionError) -> [Int64] {
        if text == "none" { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { (item) throws(ReminderOptionError) in
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let seconds = DurationText.seconds(trimmed) else {
                throw ReminderOptionError(phrase: trimmed == text ? .notDuration(text) : .notDurationList(text: text, item: trimmed))
            }
            return seconds
        }
    }

    /// `--overdue`: a duration, or `none` (0: no overdue repeats).
    static func overdueInterval(_ text: String) throws(ReminderOptionError) -> Int64 {
        if text == "none" { return 0 }
        guard let seconds = DurationText.seconds(text) else { throw ReminderOptionError(phrase: .notDuration(text)) }
        return seconds
    }

    /// `--limit`: a whole number; its range is the daemon's to check.
    static func count(_ text: String) throws(ReminderOptionError) -> Int {
        guard let count = Int(text) else { throw ReminderOptionError(phrase: .notCount(text)) }
        return count
    }
}
