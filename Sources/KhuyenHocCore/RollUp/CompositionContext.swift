import KhuyenHocStore

/// What composing facts reads besides the subject's evidence: the registry, the year, and the
/// latest results of the models below, as a roll-up updates them.
public struct CompositionContext: Sendable {
    public let index: RegistryIndex
    public let year: Int
    /// Latest results by model and subject: recognised or not. A subject missing here has no
    /// result for the year.
    public var recognized: [RegistryModel: [Int64: Bool]]
    /// Households whose family evidence says they did not register (`indicators.registered`
    /// false): not listed among a clan's or community's families, which lists registered
    /// families only (Plugins/Clan/README.md).
    public var unregisteredFamilies: Set<Int64>

    public init(index: RegistryIndex, year: Int, recognized: [RegistryModel: [Int64: Bool]] = [:], unregisteredFamilies: Set<Int64> = []) {
        self.index = index
        self.year = year
        self.recognized = recognized
        self.unregisteredFamilies = unregisteredFamilies
    }

    /// The person's Learning Citizen result for the year; false without one.
    func isLearningCitizen(_ person: Int64) -> Bool { recognized[.citizen]?[person] ?? false }

    /// The household's members who were born by the year, in id order.
    func members(of household: Int64) -> [RegistryLayout.Member] {
        guard let ids = index.membersByHousehold[household] else { return [] }
        var members: [RegistryLayout.Member] = []
        members.reserveCapacity(ids.count)
        for id in ids {
            if let member = index.people[id], member.birthYear <= year { members.append(member) }
        }
        return members
    }
}
