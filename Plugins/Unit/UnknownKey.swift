/// The unit's words for a key it does not know: the keys allowed and the known key it was
/// probably meant to be, since a misspelt `learningCitizen` must not quietly count as "no".
enum UnknownKey {
    /// The reason for refusing `key` in `owner`, whose keys are `known`.
    static func reason(_ key: String, known: [String], in owner: String) -> String {
        var reason = "unknown key in \(owner); the keys are \(known.joined(separator: ", "))"
        if let meant = suggestion(for: key, among: known) { reason += " (did you mean \(meant)?)" }
        return reason
    }

    /// The known key a typo most likely stands for: the same but for letter case, or one letter
    /// added, dropped or changed (two in a long key; more would point "age" at "name").
    static func suggestion(for key: String, among known: [String]) -> String? {
        if let sameLetters = known.first(where: { $0.lowercased() == key.lowercased() }) { return sameLetters }
        let allowed = key.count >= 8 ? 2 : 1
        let scored = known.map { ($0, editDistance(Array($0.lowercased()), Array(key.lowercased()))) }
        return scored.filter { $0.1 <= allowed }.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance: the fewest single-letter insertions, deletions or substitutions.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, letterA) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, letterB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (letterA == letterB ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
