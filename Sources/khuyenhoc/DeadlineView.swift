import KhuyenHocAPI

/// The cells the deadline and reminder tables share, in the user's language.
struct DeadlineView {
    let text: Localizer

    /// The title in the user's language (English when there is no Vietnamese one).
    func title(_ title: String, _ titleVi: String?) -> String {
        text.pick(title, titleVi ?? "")
    }

    /// `Bích Hòa (10126)`, or the whole district.
    func commune(_ commune: CommuneReference?) -> String {
        commune.map { "\($0.name) (\($0.code))" } ?? text.reminder(.district)
    }

    /// The same for a delivered reminder, which carries the code and the name apart.
    func commune(code: String?, name: String?) -> String {
        guard let code else { return text.reminder(.district) }
        return name.map { "\($0) (\(code))" } ?? code
    }

    func model(_ model: String?) -> String {
        model.map { text(RollUpPhrase.modelName($0)) } ?? "—"
    }

    func phase(_ phase: String?) -> String {
        phase.map { text.rollout(.phaseName($0)) } ?? "—"
    }

    /// A recurring deadline's rule in words, else its day or its instant in Vietnam time.
    func dueOrRule(_ deadline: DeadlineInfo) -> String {
        if let rule = deadline.rrule { return RecurrenceWords.words(rule, text) }
        return due(deadline)
    }

    /// The (first) due day, or the due instant in Vietnam time.
    func due(_ deadline: DeadlineInfo) -> String {
        deadline.dueDate ?? deadline.dueAt.map(LocalTimeText.minute) ?? "—"
    }

    /// `7 days before`, `3 days overdue`.
    func kind(_ kind: ReminderKind, days: Int) -> String {
        text.reminder(.kind(kind, days: days))
    }

    /// `2026-12-08 08:00 (7 days before)`.
    func reminder(_ reminder: UpcomingReminder) -> String {
        "\(LocalTimeText.minute(reminder.remindAt)) (\(kind(reminder.kind, days: reminder.days)))"
    }

    /// `30d, 7d, 1d`.
    func durations(_ seconds: [Int64]) -> String {
        seconds.map(DurationText.text(seconds:)).joined(separator: ", ")
    }
}
