extension Localizer {
    /// A report phrase in the user's language; a method of its own, so that the report phrases'
    /// names never clash with ``Phrase``'s.
    func report(_ phrase: ReportPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }
}
