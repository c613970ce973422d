extension Localizer {
    /// A deadline or reminder phrase in the user's language.
    func reminder(_ phrase: ReminderPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }
}
