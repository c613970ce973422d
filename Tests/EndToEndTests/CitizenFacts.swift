import Varlink

/// Citizen facts for tests: every indicator of the farmers' form at `points`, with overrides.
enum CitizenFacts {
    static let indicators = ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"]

    static func farmers(_ points: Double = 8, overriding changes: [String: Double] = [:]) -> JSONValue {
        var scores: [String: JSONValue] = [:]
        for id in indicators { scores[id] = .number(changes[id] ?? points) }
        return .object(["targetGroup": .string("farmers"), "scores": .object(scores)])
    }
}
