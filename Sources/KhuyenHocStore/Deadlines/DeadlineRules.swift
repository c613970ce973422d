import Foundation

/// The rules a deadline's fields keep, checked before writing so that the error names the field
/// and says why in words (the schema's CHECK constraints back them up).
enum DeadlineRules {
    static let maximumTitleLength = 200
    /// A lead time beyond a year would remind of a yearly deadline's previous occurrence.
    static let maximumLead: Int64 = 366 * 86_400

    /// `new` with its titles in NFC, or the first rule it breaks.
    static func checked(_ new: NewDeadline) throws(DeadlineStoreError) -> NewDeadline {
        var checked = new
        checked.title = try title(new.title, field: "title")
        checked.titleVi = try new.titleVi.map { (text) throws(DeadlineStoreError) in try title(text, field: "titleVi") }
        let isDate = if case .date = new.due { true } else { false }
        var seen = Set<Int64>()
        for lead in new.leadTimes {
            guard lead > 0, lead <= maximumLead else {
                throw .invalidValue(field: "leadTimes", reason: "\(lead) s is not between 1 s and 366 days")
            }
            guard !isDate || lead % 86_400 == 0 else {
                throw .invalidValue(field: "leadTimes", reason: "\(lead) s is not a whole number of days, as a date deadline needs")
            }
            guard seen.insert(lead).inserted else {
                throw .invalidValue(field: "leadTimes", reason: "\(lead) s is given twice")
            }
        }
        checked.leadTimes = new.leadTimes.sorted(by: >)
        guard (0..<1440).contains(new.localMinute) else {
            throw .invalidValue(field: "reminderTime", reason: "minute \(new.localMinute) is not a time of day (0–1439)")
        }
        if let interval = new.overdueInterval {
            guard interval >= 60, interval <= maximumLead else {
                throw .invalidValue(field: "overdueInterval", reason: "\(interval) s is not between 1 minute and 366 days")
            }
            guard !isDate || interval % 86_400 == 0 else {
                throw .invalidValue(field: "overdueInterval", reason: "\(interval) s is not a whole number of days, as a date deadline needs")
            }
        }
        if let rrule = new.rrule, rrule.isEmpty || rrule.utf8.count > 500 {
            throw .invalidValue(field: "rrule", reason: "must have 1 to 500 characters")
        }
        return checked
    }

    private static func title(_ text: String, field: String) throws(DeadlineStoreError) -> String {
        let normalized = text.precomposedStringWithCanonicalMapping
        guard !normalized.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidValue(field: field, reason: "must not be empty")
        }
        guard normalized.count <= maximumTitleLength else {
            throw .invalidValue(field: field, reason: "has more than \(maximumTitleLength) characters")
        }
        return normalized
    }
}
