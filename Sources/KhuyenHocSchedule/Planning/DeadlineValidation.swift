import KhuyenHocStore

/// The checks of a new or changed deadline that need the recurrence rule, which the store keeps as
/// text and cannot parse: run before ``DeadlineStore/createDeadline(_:by:at:)`` and
/// ``DeadlineStore/updateDeadline(_:_:at:)`` (the store checks the other fields itself).
public enum DeadlineValidation {
    /// The deadline with its rule written back in RFC 5545 order, or an
    /// ``DeadlineStoreError/invalidValue(field:reason:)`` for `rrule` saying which part is wrong
    /// and why (`BYMONTHDAY: 32 is not a day of a month`), or that the rule never occurs.
    public static func checked(_ new: NewDeadline) throws(DeadlineStoreError) -> NewDeadline {
        guard let text = new.rrule else { return new }
        let rule: RecurrenceRule
        do {
            rule = try RecurrenceRule(parsing: text)
        } catch {
            throw .invalidValue(field: "rrule", reason: error.description)
        }
        var checked = new
        checked.rrule = rule.text
        let probe = Deadline(id: 0, title: "", scope: new.scope, due: new.due, rrule: checked.rrule, armedAt: .distantPast,
                             createdBy: 0, createdAt: .distantPast)
        var occurs = false
        // Cannot throw: the rule parsed above.
        if let schedule = try? DeadlineSchedule(probe) {
            schedule.forEachOccurrence { _ in
                occurs = true
                return false
            }
        }
        guard occurs else { throw .invalidValue(field: "rrule", reason: "\(rule.text) has no occurrence on or after the deadline's day") }
        return checked
    }
}
