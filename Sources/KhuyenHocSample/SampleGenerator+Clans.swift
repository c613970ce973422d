/// The clans: lineages of households that share a family name in one community.
extension SampleGenerator {
    /// The chance per mille that a household of the clan's name in its community belongs to it
    /// (the others moved in from elsewhere, or keep apart).
    static let clanMembershipPerMille = 850

    /// Splits the scale's clans over communes and their communities by household numbers, then
    /// founds each on a family name that at least two households of the community share, taken
    /// with its frequency and never twice in one community. A community with too few such names
    /// hands its share on to the next one, first in its commune, then anywhere.
    mutating func formClans() {
        var random = random(.clans)
        let communeHouseholds = communes.indices.map { index in households.count(where: { $0.communeIndex == index }) }
        let perCommune = Apportionment.split(scale.clans, by: communeHouseholds)
        var candidates = communities.map { Self.lineNames(in: $0.households, households) }
        var carried = 0
        for communeIndex in communes.indices {
            let here = communities.indices.filter { communities[$0].communeIndex == communeIndex }
            let perCommunity = Apportionment.split(perCommune[communeIndex], by: here.map { communities[$0].households.count })
            for (position, community) in here.enumerated() {
                carried += perCommunity[position]
                while carried > 0, found(in: community, &candidates, &random) { carried -= 1 }
            }
            for community in here {
                while carried > 0, found(in: community, &candidates, &random) { carried -= 1 }
            }
        }
        for community in communities.indices {
            while carried > 0, found(in: community, &candidates, &random) { carried -= 1 }
        }
        precondition(carried == 0, "\(carried) clans found no two households of one name to form")
        for (clanIndex, clan) in clans.enumerated() {
            for household in clan.householdIndices { households[household].clanIndex = clanIndex }
        }
    }

    /// Founds a clan in `community` on one of its remaining names; false when none is left.
    private mutating func found(in community: Int, _ candidates: inout [[(name: String, households: [Int])]],
                                _ random: inout SampleRandom) -> Bool {
        guard !candidates[community].isEmpty else { return false }
        let table = WeightedTable(candidates[community].indices.map { ($0, candidates[community][$0].households.count) })
        let chosen = candidates[community].remove(at: table.draw(&random))
        var members = chosen.households.filter { _ in random.chance(perMille: Self.clanMembershipPerMille) }
        if members.count < 2 { members = Array(chosen.households.prefix(2)) }
        clans.append(ClanDraft(communityIndex: community, familyName: chosen.name, householdIndices: members))
        return true
    }

    /// The line names that at least two households of the range share, in order of first
    /// appearance, with those households.
    private static func lineNames(in range: Range<Int>, _ households: [HouseholdDraft]) -> [(name: String, households: [Int])] {
        var groups: [(name: String, households: [Int])] = []
        for index in range {
            if let group = groups.firstIndex(where: { $0.name == households[index].lineName }) {
                groups[group].households.append(index)
            } else {
                groups.append((households[index].lineName, [index]))
            }
        }
        return groups.filter { $0.households.count >= 2 }
    }
}
