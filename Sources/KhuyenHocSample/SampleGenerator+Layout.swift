/// The layout: how many communities and households each commune has, their names, and every
/// household's size.
extension SampleGenerator {
    /// Household sizes 1–8, per mille; mean 3.87, near the Red River delta's rural households
    /// (and the benchmark's 200,000 / 50,000 = 4.0 after the totals are matched).
    static let householdSizes = WeightedTable<Int>([(1, 70), (2, 150), (3, 190), (4, 260), (5, 170), (6, 100), (7, 40), (8, 20)])

    mutating func layOut() {
        var random = random(.layout)
        // Communes differ in size; the same weights split communities, households and units.
        communeWeights = communes.map { _ in random.int(in: 70...130) }
        let communityCounts = Apportionment.split(scale.communities, by: communeWeights, minimum: 1)
        let extraHouseholds = Apportionment.split(scale.households - scale.communities, by: communeWeights)

        for (communeIndex, commune) in communes.enumerated() {
            let count = communityCounts[communeIndex]
            let names = commune.kind == .township ? (1...count).map { String($0) } : PlaceNames.villageNames(count, &random)
            let kind: CommunityKind = commune.kind == .township ? .residentialGroup : .village
            let weights = names.map { _ in random.int(in: 50...150) }
            let extra = Apportionment.split(extraHouseholds[communeIndex], by: weights)
            for (name, extraHere) in zip(names, extra) {
                let start = households.count
                let community = CommunityDraft(communeIndex: communeIndex, kind: kind, name: name,
                                               engagement: random.bell(spread: 6, count: 3))
                for _ in 0...extraHere {
                    households.append(HouseholdDraft(
                        communityIndex: communities.count, communeIndex: communeIndex, lineName: "",
                        engagement: community.engagement + random.bell(spread: 4, count: 2),
                        firstPerson: 0, size: Self.householdSizes.draw(&random)))
                }
                var placed = community
                placed.households = start..<households.count
                communities.append(placed)
            }
        }
        matchPeopleTotal(&random)
    }

    /// Moves household sizes one member at a time, at random households, until they add up to
    /// the scale's people exactly (the scale guarantees 1–8 per household can).
    private mutating func matchPeopleTotal(_ random: inout SampleRandom) {
        var difference = scale.people - households.reduce(0) { $0 + $1.size }
        while difference != 0 {
            let index = random.below(households.count)
            if difference > 0, households[index].size < 8 {
                households[index].size += 1
                difference -= 1
            } else if difference < 0, households[index].size > 1 {
                households[index].size -= 1
                difference += 1
            }
        }
        var next = 0
        for index in households.indices {
            households[index].firstPerson = next
            next += households[index].size
        }
    }
}
