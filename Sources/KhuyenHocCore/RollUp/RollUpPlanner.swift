import KhuyenHocStore

/// Decides which subjects a roll-up covers: those of its scope and, below them, every subject
/// whose result theirs depends on (DOMAIN.md §2): a community's households and the clans with
/// households in it, a clan's households, a household's members, a unit's staff. A subject
/// outside the area that a subject inside depends on (a clan's household in another commune, a
/// unit's staff member living elsewhere) is covered too, so no result is composed from one that
/// is out of date.
public struct RollUpPlanner: Sendable {
    public let index: RegistryIndex

    public init(index: RegistryIndex) {
        self.index = index
    }

    public func plan(_ scope: RollUpScope) -> RollUpPlan {
        var chosen: [RegistryModel: Set<Int64>] = [:]
        switch scope {
        case .area(let communes):
            func inArea(_ commune: Int64?) -> Bool { commune.map { communes?.contains($0) ?? true } ?? false }
            for community in index.layout.communities where inArea(community.parentID) {
                chosen[.community, default: []].insert(community.id)
            }
            for clan in index.layout.clans where inArea(clan.parentID) { chosen[.clan, default: []].insert(clan.id) }
            for unit in index.layout.units where inArea(unit.parentID) { chosen[.unit, default: []].insert(unit.id) }
            for household in index.layout.households where inArea(index.communityCommune[household.parentID]) {
                chosen[.family, default: []].insert(household.id)
            }
            if communes == nil {
                // People on no household's list and no unit's staff still self-assess.
                chosen[.citizen, default: []].formUnion(index.layout.people.map(\.id))
            }
        case .subject(let model, let id):
            if index.contains(model, id) { chosen[model] = [id] }
        }
        // Downwards, in the order that reaches every dependency: communities name clans and
        // households, clans name households, households and units name people.
        for community in chosen[.community] ?? [] {
            chosen[.family, default: []].formUnion(index.householdsByCommunity[community] ?? [])
            chosen[.clan, default: []].formUnion(index.clansByCommunity[community] ?? [])
        }
        for clan in chosen[.clan] ?? [] { chosen[.family, default: []].formUnion(index.householdsByClan[clan] ?? []) }
        for household in chosen[.family] ?? [] { chosen[.citizen, default: []].formUnion(index.membersByHousehold[household] ?? []) }
        for unit in chosen[.unit] ?? [] { chosen[.citizen, default: []].formUnion((index.staffByUnit[unit] ?? []).map(\.personID)) }
        return RollUpPlan(subjects: chosen.mapValues { $0.sorted() })
    }
}
