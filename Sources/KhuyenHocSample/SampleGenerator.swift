/// Builds a `SampleDistrict` stage by stage: the layout of communities and households, the
/// people, the organizations and their staff, the citizens' forms and scores, the clans, and
/// the assessments of every group. Each stage draws from its own stream of the seed.
struct SampleGenerator {
    let seed: UInt64
    let scale: SampleScale
    let year: Int
    let communes = ThanhOai.communes2022

    var communeWeights: [Int] = []
    var communities: [CommunityDraft] = []
    var households: [HouseholdDraft] = []
    var people: [PersonDraft] = []
    var organizations: [OrganizationDraft] = []
    var clans: [ClanDraft] = []
    var communityAssessments: [CommunityAssessment] = []
    var clanAssessments: [ClanAssessment] = []
    var unitAssessments: [UnitAssessment] = []

    init(seed: UInt64, scale: SampleScale, year: Int) {
        self.seed = seed
        self.scale = scale
        self.year = year
    }

    func random(_ stream: SampleStream) -> SampleRandom {
        SampleRandom(seed: seed, stream: stream.rawValue)
    }

    mutating func generate() -> SampleDistrict {
        layOut()
        populate()
        staffOrganizations()
        assessCitizens()
        formClans()
        assessGroups()
        return finish()
    }

    /// The drafts as the public records, with ids from 1.
    private func finish() -> SampleDistrict {
        let communityRecords = communities.indices.map { index in
            let draft = communities[index]
            return Community(id: index + 1, communeCode: communes[draft.communeIndex].code, kind: draft.kind,
                             name: draft.name, assessment: communityAssessments[index])
        }
        let householdRecords = households.indices.map { index in
            let draft = households[index]
            return Household(id: index + 1, communeCode: communes[draft.communeIndex].code, communityID: draft.communityIndex + 1,
                             familyName: draft.lineName, memberIDs: draft.memberIndices.map { $0 + 1 },
                             clanID: draft.clanIndex.map { $0 + 1 }, assessment: draft.assessment!)
        }
        var personRecords: [Person] = []
        personRecords.reserveCapacity(people.count)
        for index in people.indices {
            let draft = people[index]
            personRecords.append(Person(
                id: index + 1, householdID: draft.householdIndex + 1, role: draft.role, familyName: draft.familyName,
                middleName: draft.middleName, givenName: draft.givenName, sex: draft.sex, birthYear: draft.birthYear,
                schooling: draft.schooling, completedLevel: draft.completedLevel, literate: draft.literate,
                studiedThisYear: draft.studiedThisYear, goodConduct: draft.goodConduct,
                resultsAverageOrBetter: draft.resultsAverageOrBetter, trainedThisYear: draft.trainedThisYear,
                digitalSkills: draft.digitalSkills, targetGroup: draft.targetGroup, citizenScores: draft.scores,
                organizationID: draft.organizationIndex.map { $0 + 1 }))
        }
        let clanRecords = clans.indices.map { index in
            let draft = clans[index]
            let community = communities[draft.communityIndex]
            return Clan(id: index + 1, communeCode: communes[community.communeIndex].code, communityID: draft.communityIndex + 1,
                        familyName: draft.familyName, name: "Họ \(draft.familyName) \(community.kind.titleVi) \(community.name)",
                        householdIDs: draft.householdIndices.map { $0 + 1 }, assessment: clanAssessments[index])
        }
        let organizationRecords = organizations.indices.map { index in
            let draft = organizations[index]
            return Organization(id: index + 1, communeCode: communes[draft.communeIndex].code, kind: draft.kind, name: draft.name,
                                staffIDs: draft.staff.map { $0 + 1 }, assessment: unitAssessments[index])
        }
        return SampleDistrict(seed: seed, scale: scale, year: year, communities: communityRecords, households: householdRecords,
                              people: personRecords, clans: clanRecords, organizations: organizationRecords)
    }
}
