import KhuyenHocStore

/// What a roll-up evaluates: an area (some communes, or the whole district) or one subject,
/// each with everything below it that its result depends on.
public enum RollUpScope: Sendable, Hashable {
    /// The communities, clans and units of these communes (nil: of every commune), and what
    /// they are made of.
    case area(communeIDs: Set<Int64>?)
    /// One subject and what it is made of (a family's members, a clan's families and their
    /// members, …).
    case subject(RegistryModel, Int64)
}
