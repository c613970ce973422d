import ArgumentParser
import KhuyenHocAPI

/// The options of `deadlines add` and `deadlines update`: each one given sets its field, the
/// others keep theirs (for `add`, the daemon's defaults).
struct DeadlineFieldOptions: ParsableArguments {
    @Option(help: "The title in English (1–200 characters).")
    var title: String?

    @Option(name: .customLong("title-vi"), help: "The title in Vietnamese (an empty value removes it).")
    var titleVi: String?

    @Option(help: ArgumentHelp("The commune it concerns (statistics code); none for the whole district.", valueName: "code"))
    var commune: String?

    @Option(help: "The model whose rollout it concerns (citizen, family, clan, community, unit; needs --commune); none for no model.")
    var model: String?

    @Option(help: ArgumentHelp("Due by the end of this day in Vietnam.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Due at this instant (RFC 3339, e.g. 2026-12-15T17:00:00+07:00).", valueName: "instant"))
    var at: String?

    @Option(help: ArgumentHelp(
        "A recurrence rule (RFC 5545 subset, e.g. FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15); none for one occurrence.",
        valueName: "rule"))
    var rrule: String?

    @Flag(help: "Every year on the due day (FREQ=YEARLY;BYMONTH=…;BYMONTHDAY=…).")
    var yearly = false

    @Option(
        help: ArgumentHelp("Reminders this long before each occurrence, e.g. 30d,7d,1d (d, h, m, s; 1d12h), or none.", valueName: "durations"),
        transform: { try ReminderOptionError.leadTimes($0) })
    var lead: [Int64]?

    @Option(help: ArgumentHelp("The time of day (Vietnam) a dated deadline's reminders come; default 08:00.", valueName: "HH:MM"))
    var time: String?

    @Option(
        help: ArgumentHelp("Repeat every this long once overdue, e.g. 7d, or none.", valueName: "duration"),
        transform: { try ReminderOptionError.overdueInterval($0) })
    var overdue: Int64?

    /// Whether any option was given (an update without one would change nothing).
    var isEmpty: Bool {
        title == nil && titleVi == nil && commune == nil && model == nil && date == nil && at == nil && rrule == nil && !yearly
            && lead == nil && time == nil && overdue == nil
    }

    func validate() throws {
        if date != nil && at != nil { throw ValidationError(Localizer.current.reminder(.dateAndAt)) }
        if rrule != nil && yearly { throw ValidationError(Localizer.current.reminder(.rruleAndYearly)) }
    }

    /// `input` with the given options applied.
    func applied(to input: DeadlineInput) throws -> DeadlineInput {
        var input = input
        if let title { input.title = title }
        if let titleVi { input.titleVi = titleVi.isEmpty ? nil : titleVi }
        if let commune { input.commune = commune == "none" ? nil : commune }
        if let model { input.model = model == "none" ? nil : model }
        if let date {
            input.dueDate = date
            input.dueAt = nil
        }
        if let at {
            input.dueAt = at
            input.dueDate = nil
        }
        if let rrule { input.rrule = rrule == "none" ? nil : rrule }
        if yearly {
            let due = input.dueDate ?? input.dueAt
            guard let due, let (month, day) = LocalTimeText.monthAndDay(due) else {
                throw ValidationError(Localizer.current.reminder(.yearlyNeedsDay(due)))
            }
            input.rrule = "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)"
        }
        if let lead { input.leadTimes = lead }
        if let time { input.reminderTime = time }
        if let overdue { input.overdueInterval = overdue }
        return input
    }
}
