/// What each household, community, clan and unit reports for its model's given indicators,
/// following the engagement of its community and its own, so that the models' results vary
/// from place to place as they do in a district's report.
extension SampleGenerator {
    mutating func assessGroups() {
        var familyRandom = random(.families)
        for index in households.indices {
            let engagement = households[index].engagement
            households[index].assessment = FamilyAssessment(
                registered: familyRandom.chance(perMille: min(980, max(300, 880 + engagement * 10))),
                learningResources: Self.points(8 + engagement / 8, spread: 1, max: 10, &familyRandom),
                learningTime: Self.points(8 + engagement / 8, spread: 1, max: 10, &familyRandom),
                livelihood: Self.points(12 + engagement / 6, spread: 2, max: 15, &familyRandom),
                notPoor: familyRandom.chance(perMille: 985),
                culturalFamily: familyRandom.chance(perMille: min(990, 880 + engagement * 3)))
        }

        var communityRandom = random(.communities)
        communityAssessments = communities.map { community in
            let engagement = community.engagement
            return CommunityAssessment(
                learningPlace: communityRandom.chance(perMille: 930 + engagement * 5),
                villageCovenant: communityRandom.chance(perMille: 820 + engagement * 10),
                learningActivities: Self.points(7 + engagement / 3, spread: 2, max: 24, &communityRandom),
                culturalCommunity: communityRandom.chance(perMille: 780 + engagement * 10))
        }

        var clanRandom = random(.clanReports)
        clanAssessments = clans.map { clan in
            let drive = communities[clan.communityIndex].engagement + clanRandom.bell(spread: 3, count: 2)
            return ClanAssessment(
                learningFund: clanRandom.chance(perMille: 880 + drive * 5),
                clanCovenant: clanRandom.chance(perMille: 720 + drive * 10),
                rewardedLearners: Self.points(clan.householdIndices.count / 4 + drive / 3, spread: 2, max: 60, &clanRandom),
                livelihoodAndCulture: Self.points(7 + drive / 5, spread: 1, max: 10, &clanRandom))
        }

        var unitRandom = random(.units)
        unitAssessments = organizations.map { unit in
            let quality = unitRandom.bell(spread: 4, count: 3) + (unit.kind.isPublic ? 3 : 0)
            return UnitAssessment(
                learningPlan: Self.points(7 + quality / 4, spread: 1, max: 10, &unitRandom),
                facilities: Self.points(7 + quality / 4, spread: 1, max: 10, &unitRandom),
                budget: Self.points(6 + quality / 4, spread: 1, max: 10, &unitRandom),
                tasksCompleted: Self.points(12 + quality / 4, spread: 1, max: 15, &unitRandom),
                appliedLearning: Self.points(10 + quality / 4, spread: 2, max: 15, &unitRandom),
                communitySupport: Self.points(7 + quality / 4, spread: 1, max: 10, &unitRandom),
                noSeriousViolation: unitRandom.chance(perMille: 970))
        }
    }

    /// A whole number around `center`, within 0…`max`.
    static func points(_ center: Int, spread: Int, max upper: Int, _ random: inout SampleRandom) -> Int {
        min(upper, max(0, center + random.bell(spread: spread, count: 2)))
    }
}
