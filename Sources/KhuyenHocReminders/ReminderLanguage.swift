/// The language a reminder is worded in for people (notification, journal `MESSAGE`).
public enum ReminderLanguage: Sendable, Equatable, CaseIterable {
    case english
    case vietnamese

    /// The message locale's language, in POSIX precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`), as the
    /// CLI decides it: Vietnamese for `vi*`, English otherwise.
    public static func current(environment: [String: String]) -> ReminderLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("vi") == true ? .vietnamese : .english
    }
}
