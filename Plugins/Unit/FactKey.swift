/// Any key of a facts object. The unit's facts are read through it so that a key the plugin does
/// not know is refused, not ignored: a misspelt `learningCitizen` must not quietly count as "no".
struct FactKey: CodingKey, ExpressibleByStringLiteral {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringLiteral name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws for the first key of `container` (in sorted order) that is not one of `known`, naming
    /// it, the keys that are allowed, and the known key it was probably meant to be.
    static func rejectUnknown(in container: KeyedDecodingContainer<FactKey>, known: [String], of owner: String) throws {
        guard let unknown = container.allKeys.filter({ !known.contains($0.stringValue) }).min(by: { $0.stringValue < $1.stringValue })
        else { return }
        var reason = "unknown key in \(owner); the keys are \(known.joined(separator: ", "))"
        if let meant = suggestion(for: unknown.stringValue, among: known) { reason += " (did you mean \(meant)?)" }
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: container.codingPath + [unknown], debugDescription: reason))
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
