extension ReminderWording {
    /// The reminder on one line, for a terminal or a log: `In 7 days: Annual report — Xã Bích Hòa
    /// (10210) · Learning Citizen · due 15/12/2026`.
    public var line: String {
        "\(summary) — \(body)"
    }
}
