/// A recurrence rule as people say it when it is the common yearly form
/// (`FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15`: every year on 15 Dec), else the rule itself.
enum RecurrenceWords {
    static func words(_ rule: String, _ text: Localizer) -> String {
        guard let (month, day) = yearlyDay(rule) else { return rule }
        return text.reminder(.everyYear(month: month, day: day))
    }

    /// The month and day of a rule that repeats once a year on one day and never ends.
    static func yearlyDay(_ rule: String) -> (month: Int, day: Int)? {
        var parts: [String: String] = [:]
        for part in rule.uppercased().split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, parts[pair[0]] == nil else { return nil }
            parts[pair[0]] = pair[1]
        }
        if parts["INTERVAL"] == "1" { parts["INTERVAL"] = nil }
        guard Set(parts.keys) == ["FREQ", "BYMONTH", "BYMONTHDAY"], parts["FREQ"] == "YEARLY",
            let month = parts["BYMONTH"].flatMap({ Int($0) }), let day = parts["BYMONTHDAY"].flatMap({ Int($0) }),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (month, day)
    }
}
