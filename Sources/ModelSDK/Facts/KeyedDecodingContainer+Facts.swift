/// Strict reading of the facts: a misspelt key or an impossible count is refused with its field,
/// never read as absent or rounded. Errors are `DecodingError`s at the key's path, which the
/// runtime turns into `InvalidFacts` (`families.3.adults`).
extension KeyedDecodingContainer<FactsKey> {
    /// The largest count the facts may carry: far above any clan or village, far below overflow.
    public static var largestCount: Int { 1_000_000 }

    /// Refuses every key outside `allowed`, so a typo does not silently count as "not given";
    /// `owner` names the object in the reason ("a family").
    public func rejectUnknownKeys(_ allowed: [String], of owner: String) throws {
        try rejectUnknownKeys(allowed) { _ in
            "unknown key; \(owner) has: \(allowed.joined(separator: ", ")); check the spelling"
        }
    }

    /// Refuses the first key (in name order) outside `allowed`, at that key, with the reason
    /// `reason` gives for it: for a model that words the refusal its own way.
    public func rejectUnknownKeys(_ allowed: [String], reason: (_ unknownKey: String) -> String) throws {
        let keys = allKeys
        // The common case, every key known, allocates nothing more.
        guard keys.contains(where: { !allowed.contains($0.stringValue) }) else { return }
        let unknown = keys.map { $0.stringValue }.filter { !allowed.contains($0) }.sorted()
        if let key = unknown.first {
            throw invalid(key, reason(key))
        }
    }

    /// A whole number of 0 or more, at most `largestCount`; nil when absent or null.
    public func count(_ key: FactsKey) throws -> Int? {
        guard let number = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard number.isFinite, number >= 0, number.rounded() == number else {
            throw invalid(key.stringValue, "\(Self.text(number)) is not a whole number of 0 or more")
        }
        guard number <= Double(Self.largestCount) else {
            throw invalid(key.stringValue, "\(Self.text(number)) is more than any count here can be (at most \(Self.largestCount))")
        }
        return Int(number)
    }

    /// A required true/false; `meaning` tells what to give when it is missing.
    public func flag(_ key: FactsKey, meaning: String) throws -> Bool {
        guard let flag = try decodeIfPresent(Bool.self, forKey: key) else {
            throw invalid(key.stringValue, "missing: \(meaning)")
        }
        return flag
    }

    /// A required list; `missing` tells what to give when it is absent or null, `notAList` what is
    /// said when it is something else.
    public func list<Element: Decodable>(
        _ key: FactsKey, of type: Element.Type, missing: String, notAList: String = "expected a list"
    ) throws -> [Element] {
        guard contains(key), try !decodeNil(forKey: key) else { throw invalid(key.stringValue, "missing: \(missing)") }
        do {
            _ = try nestedUnkeyedContainer(forKey: key)
        } catch DecodingError.typeMismatch {
            throw invalid(key.stringValue, notAList)
        }
        return try decode([Element].self, forKey: key)
    }

    /// The number of all members of a group (`totalFamilies`, `totalClans`), registered or not,
    /// which cannot be fewer than the `listed` ones; absent means only those listed exist.
    /// `members` and `group` name them in the reason ("families", "the clan").
    public func total(_ key: FactsKey, listed: Int, members: String, of group: String) throws -> Int {
        guard let total = try count(key) else { return listed }
        guard total >= listed else {
            throw invalid(
                key.stringValue,
                "\(total) is fewer than the \(listed) \(members) listed; give the number of all \(members) of \(group), registered or not")
        }
        return total
    }

    /// An error at `key` below this container, in the facts' own terms (`families.3.adults`).
    public func invalid(_ key: String, _ reason: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath + [FactsKey(stringValue: key)], debugDescription: reason))
    }

    /// A number as a person writes it: `3`, `2.5`, `-1`.
    private static func text(_ number: Double) -> String {
        number.isFinite && number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
}
