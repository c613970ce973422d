/// Any key of a facts object, so that keys the model does not know can be found and named.
struct FactsKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws for the first key (in name order) of the object `decoder` holds that is not one of
    /// `Keys`: a misspelt flag such as `learningCitzen` must not silently count as false.
    static func rejectUnknown<Keys: CodingKey & CaseIterable>(in decoder: any Decoder, allowed: Keys.Type, of what: String) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        guard let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) else { return }
        throw DecodingError.dataCorruptedError(
            forKey: FactsKey(stringValue: unknown), in: container,
            debugDescription: "\"\(unknown)\" is not a field of \(what); use only: \(known.sorted().joined(separator: ", "))")
    }
}
