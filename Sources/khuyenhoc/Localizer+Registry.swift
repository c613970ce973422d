extension Localizer {
    func record(_ phrase: RegistryPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }

    /// A flag as `yes` or `no`.
    func flag(_ value: Bool) -> String {
        self(value ? Phrase.yes : Phrase.no)
    }
}
