extension Localizer {
    /// A calendar phrase in the user's language.
    func calendar(_ phrase: CalendarPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }
}
