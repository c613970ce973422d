extension Localizer {
    /// A rollout phrase in the user's language.
    func rollout(_ phrase: RolloutPhrase) -> String {
        let wording = phrase.wording
        return language == .vietnamese ? wording.vietnamese : wording.english
    }
}
