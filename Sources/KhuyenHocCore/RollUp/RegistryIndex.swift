import KhuyenHocStore

/// A ``RegistryLayout`` indexed both ways: who lives in a household, which households make a
/// community or a clan, which clans have households in a community, who staffs a unit, and the
/// commune of every group. Lists are in id order, so composed facts do not depend on how the
/// layout was read.
public struct RegistryIndex: Sendable {
    public let layout: RegistryLayout
    public private(set) var people: [Int64: RegistryLayout.Member] = [:]
    public private(set) var membersByHousehold: [Int64: [Int64]] = [:]
    public private(set) var householdCommunity: [Int64: Int64] = [:]
    public private(set) var householdsByCommunity: [Int64: [Int64]] = [:]
    public private(set) var communityCommune: [Int64: Int64] = [:]
    public private(set) var clanCommune: [Int64: Int64] = [:]
    public private(set) var householdsByClan: [Int64: [Int64]] = [:]
    public private(set) var clansByHousehold: [Int64: [Int64]] = [:]
    /// The clans with at least one member household living in the community.
    public private(set) var clansByCommunity: [Int64: [Int64]] = [:]
    public private(set) var unitCommune: [Int64: Int64] = [:]
    public private(set) var staffByUnit: [Int64: [RegistryLayout.Staff]] = [:]
    public private(set) var unitsByPerson: [Int64: [Int64]] = [:]

    public init(_ layout: RegistryLayout) {
        self.layout = layout
        for person in layout.people.sorted(by: { $0.id < $1.id }) {
            people[person.id] = person
            if let household = person.householdID { membersByHousehold[household, default: []].append(person.id) }
        }
        for community in layout.communities { communityCommune[community.id] = community.parentID }
        for household in layout.households.sorted(by: { $0.id < $1.id }) {
            householdCommunity[household.id] = household.parentID
            householdsByCommunity[household.parentID, default: []].append(household.id)
        }
        for clan in layout.clans { clanCommune[clan.id] = clan.parentID }
        var clansInCommunity: [Int64: Set<Int64>] = [:]
        for membership in layout.clanHouseholds.sorted(by: { ($0.parentID, $0.id) < ($1.parentID, $1.id) }) {
            householdsByClan[membership.parentID, default: []].append(membership.id)
            clansByHousehold[membership.id, default: []].append(membership.parentID)
            if let community = householdCommunity[membership.id] { clansInCommunity[community, default: []].insert(membership.parentID) }
        }
        clansByCommunity = clansInCommunity.mapValues { $0.sorted() }
        for unit in layout.units { unitCommune[unit.id] = unit.parentID }
        for member in layout.staff.sorted(by: { ($0.unitID, $0.personID) < ($1.unitID, $1.personID) }) {
            staffByUnit[member.unitID, default: []].append(member)
            unitsByPerson[member.personID, default: []].append(member.unitID)
        }
    }

    /// Whether the record of `model` with this id exists.
    public func contains(_ model: RegistryModel, _ id: Int64) -> Bool {
        switch model {
        case .citizen: people[id] != nil
        case .family: householdCommunity[id] != nil
        case .clan: clanCommune[id] != nil
        case .community: communityCommune[id] != nil
        case .unit: unitCommune[id] != nil
        }
    }
}
