extension Decoder {
    /// Whether every member name of the facts object this decoder holds passes `isKnown`, read
    /// straight from the SDK's parsed facts; nil when this is another decoder, or holds no object.
    /// A plugin checks each of thousands of objects per batch for misspelt keys: through
    /// `allKeys` every check built and converted key arrays (a third of decoding a family in
    /// khuyenhoc-bench --roll-up's profile).
    public func factsMembers(allSatisfy isKnown: (String) -> Bool) -> Bool? {
        guard let decoder = self as? NodeDecoder, case .object(let members) = decoder.node else { return nil }
        return members.allSatisfy { isKnown($0.key) }
    }
}
