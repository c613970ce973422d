// A copy of this file is in each group plugin: plugins share no code but ModelSDK, whose
// copy would otherwise be linked twice into one library.

/// Strict reading of the facts: a misspelt key or an impossible count is refused with its field,
/// never read as absent or rounded.
extension KeyedDecodingContainer<FactsKey> {
    /// The largest count the facts may carry: far above any clan or village, far below overflow.
    static var largestCount: Int { 1_000_000 }

    /// Refuses every key outside `allowed`, so a typo does not silently count as "not given".
    func rejectUnknownKeys(_ allowed: [String], of owner: String) throws {
        let unknown = allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let key = unknown.first {
            throw invalid(key, "unknown key; \(owner) has: \(allowed.joined(separator: ", ")); check the spelling")
        }
    }

    /// A whole number of 0 or more; nil when absent or null.
    func count(_ key: FactsKey) throws -> Int? {
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
    func flag(_ key: FactsKey, meaning: String) throws -> Bool {
        guard let flag = try decodeIfPresent(Bool.self, forKey: key) else {
            throw invalid(key.stringValue, "missing: \(meaning)")
        }
        return flag
    }

    /// A required list; `missing` tells what to give when it is absent.
    func list<Element: Decodable>(_ key: FactsKey, of type: Element.Type, missing: String) throws -> [Element] {
        guard contains(key), try !decodeNil(forKey: key) else { throw invalid(key.stringValue, "missing: \(missing)") }
        do {
            _ = try nestedUnkeyedContainer(forKey: key)
        } catch DecodingError.typeMismatch {
            throw invalid(key.stringValue, "expected a list")
        }
        return try decode([Element].self, forKey: key)
    }

    /// The number of all members of the group (`totalFamilies`, `totalClans`), registered or not:
    /// absent means only those listed exist.
    func total(_ key: FactsKey, listed: Int, members: String, of group: String) throws -> Int {
        guard let total = try count(key) else { return listed }
        guard total >= listed else {
            throw invalid(
                key.stringValue,
                "\(total) is fewer than the \(listed) \(members) listed; give the number of all \(members) of \(group), registered or not")
        }
        return total
    }

    /// An error at `key` below this container, in the facts' own terms (`families.3.adults`).
    func invalid(_ key: String, _ reason: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath + [FactsKey(stringValue: key)], debugDescription: reason))
    }

    /// A number as a person writes it: `3`, `2.5`, `-1`.
    private static func text(_ number: Double) -> String {
        number.isFinite && number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
}
