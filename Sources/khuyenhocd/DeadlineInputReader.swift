import Foundation
import KhuyenHocAPI
import KhuyenHocSchedule
import KhuyenHocStore
import Varlink

/// Reads a `DeadlineInput` into what the store takes, refusing what cannot be used with a declared
/// error that names the field (`deadline.dueDate`, …). The store checks the rest (titles, lead
/// times, intervals) and names its fields the same way.
struct DeadlineInputReader {
    let communes: ReminderCommunes
    let today: CalendarDate

    func read(_ input: DeadlineInput) throws(VarlinkError) -> NewDeadline {
        let due = try due(input)
        var scope = DeadlineScope.district
        if let code = input.commune {
            let commune = try communes.forWriting(code: code, field: "deadline.commune", today: today)
            guard let id = commune.id else { throw KhuyenHocErrors.remindersCommuneNotFound(field: "deadline.commune", code: code) }
            if let model = input.model {
                scope = .communeModel(commune: id, model: try ReminderCommunes.model(model, field: "deadline.model"))
            } else {
                scope = .commune(id)
            }
        } else if input.model != nil {
            throw invalid("model", "needs commune: a model's rollout is a commune's")
        }
        if let rule = input.rrule {
            do {
                _ = try RecurrenceRule(parsing: rule)
            } catch {
                throw invalid("rrule", error.description)
            }
        }
        var localMinute = Deadline.defaultLocalMinute
        if let time = input.reminderTime {
            guard case .date = due else { throw invalid("reminderTime", "applies to a dueDate deadline only; an instant's reminders come at their lead times") }
            localMinute = try minute(of: time)
        }
        var overdueInterval = Deadline.defaultOverdueInterval
        if let interval = input.overdueInterval { overdueInterval = interval == 0 ? nil : interval }
        return NewDeadline(
            title: input.title, titleVi: input.titleVi, scope: scope, due: due, rrule: input.rrule,
            leadTimes: input.leadTimes ?? Deadline.defaultLeadTimes, localMinute: localMinute, overdueInterval: overdueInterval)
    }

    private func due(_ input: DeadlineInput) throws(VarlinkError) -> DeadlineDue {
        switch (input.dueDate, input.dueAt) {
        case (let text?, nil):
            guard let date = CalendarDate(text) else { throw invalid("dueDate", "must be a day written YYYY-MM-DD, not “\(text)”") }
            return .date(date)
        case (nil, let text?):
            guard let instant = InstantText.parse(text) else {
                throw invalid("dueAt", "must be an RFC 3339 instant such as 2026-12-15T17:00:00+07:00, not “\(text)”")
            }
            return .instant(instant)
        case (nil, nil):
            throw invalid("dueDate", "give dueDate (a day) or dueAt (an instant)")
        case (_?, _?):
            throw invalid("dueAt", "give dueDate or dueAt, not both")
        }
    }

    /// `08:00` → 480.
    private func minute(of text: String) throws(VarlinkError) -> Int {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0..<24).contains(hours), (0..<60).contains(minutes) else {
            throw invalid("reminderTime", "must be a time of day written HH:MM, such as 08:00, not “\(text)”")
        }
        return hours * 60 + minutes
    }

    private func invalid(_ field: String, _ reason: String) -> VarlinkError {
        KhuyenHocErrors.remindersInvalidValue(field: "deadline.\(field)", reason: reason)
    }
}
