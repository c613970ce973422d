/// The language the CLI speaks: Vietnamese when the locale says so, English otherwise.
enum Language: Sendable, Equatable {
    case english
    case vietnamese

    /// The language of the message locale, in POSIX precedence: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`; the first one set and non-empty decides.
    static func current(environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .lazy
            .compactMap { environment[$0] }
            .first { !$0.isEmpty }
        guard let locale else { return .english }
        return locale.lowercased().hasPrefix("vi") ? .vietnamese : .english
    }
}
