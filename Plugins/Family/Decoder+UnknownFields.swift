import ModelSDK

extension Decoder {
    /// Throws for the first key (in name order) of the object this decoder holds that is not one
    /// of `Keys`: a misspelt flag such as `learningCitzen` must not silently count as false.
    /// `what` names the object in the reason, which lists the fields it has.
    func rejectUnknownFields<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type, of what: String) throws {
        // Every member of every household passes here: the known names are listed (and sorted)
        // only for a refusal (perf, khuyenhoc-bench --roll-up: listing them for each member took
        // a third of decoding a family).
        if factsMembers(allSatisfy: { Keys(stringValue: $0) != nil }) == true { return }
        let container = try container(keyedBy: FactsKey.self)
        guard container.allKeys.contains(where: { Keys(stringValue: $0.stringValue) == nil }) else { return }
        let known = Keys.allCases.map(\.stringValue).sorted()
        try container.rejectUnknownKeys(known) { unknown in
            "\"\(unknown)\" is not a field of \(what); use only: \(known.joined(separator: ", "))"
        }
    }
}
