/// Which deadlines a list keeps: those of the communes given and of the model given. A district
/// deadline (no commune) concerns every commune, and a deadline with no model every model, so
/// they pass both filters.
public struct DeadlineFilter: Sendable, Hashable {
    /// Only these communes' deadlines (and the district's); nil for every commune.
    public var communeIDs: [Int64]?
    /// Only this model's deadlines (and those with no model); nil for every model.
    public var model: RegistryModel?

    public init(communeIDs: [Int64]? = nil, model: RegistryModel? = nil) {
        self.communeIDs = communeIDs
        self.model = model
    }
}
