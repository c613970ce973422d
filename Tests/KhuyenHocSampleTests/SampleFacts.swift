import KhuyenHocSample

/// The sample's records as each model's facts (the plugins' READMEs), the way the registry
/// will hand them over: citizens first, then the groups from their members' results.
struct SampleFacts {
    let district: SampleDistrict
    /// Per person id (index id − 1): recognised a Learning Citizen.
    var learningCitizen: [Bool] = []
    /// Per household id (index id − 1): recognised a Learning Family.
    var learningFamily: [Bool] = []
    /// Per clan id (index id − 1): recognised a Learning Clan.
    var learningClan: [Bool] = []

    init(_ district: SampleDistrict) {
        self.district = district
        learningCitizen = Array(repeating: false, count: district.people.count)
    }

    static func indicators(_ list: [AssessedIndicator]) -> [String: Any] {
        var values: [String: Any] = [:]
        for indicator in list {
            switch indicator.value {
            case .points(let value), .count(let value): values[indicator.id] = value
            case .met(let value): values[indicator.id] = value
            }
        }
        return values
    }

    /// The people who self-assessed, and their facts.
    var citizens: [(Person, [String: Any])] {
        district.people.compactMap { person in
            guard let group = person.targetGroup, let scores = person.citizenScores else { return nil }
            var points: [String: Any] = [:]
            for (index, id) in CitizenScores.indicatorIDs.enumerated() { points[id] = scores[index] }
            return (person, ["targetGroup": group.rawValue, "scores": points])
        }
    }

    func family(_ household: Household) -> [String: Any] {
        let members: [[String: Any]] = household.memberIDs.map { id in
            let person = district.person(id)
            return [
                "name": person.fullName, "age": person.age(in: district.year), "inSchool": person.schooling.inSchool,
                "completedUniversalEducation": person.completedUniversalEducation, "literate": person.literate,
                "studiedThisYear": person.studiedThisYear, "learningCitizen": learningCitizen[id - 1],
                "goodConduct": person.goodConduct, "resultsAverageOrBetter": person.resultsAverageOrBetter,
            ]
        }
        return ["members": members, "indicators": Self.indicators(household.assessment.indicators)]
    }

    /// A household as a member family of a clan or community; nil when it did not register.
    func memberFamily(_ id: Int) -> [String: Any]? {
        let household = district.household(id)
        guard household.assessment.registered else { return nil }
        let members = household.memberIDs.map(district.person)
        let adults = members.filter { $0.age(in: district.year) >= 15 }
        let children = members.filter { (6...17).contains($0.age(in: district.year)) }
        return [
            "name": "Hộ \(district.person(household.headID).fullName)", "learningFamily": learningFamily[id - 1],
            "adults": adults.count, "adultLearningCitizens": adults.count { learningCitizen[$0.id - 1] },
            "schoolAgeChildren": children.count,
            "schoolAgeChildrenInSchool": children.count { $0.schooling.inSchool || $0.completedUniversalEducation },
        ]
    }

    func clan(_ clan: Clan) -> [String: Any] {
        [
            "families": clan.householdIDs.compactMap(memberFamily), "totalFamilies": clan.householdIDs.count,
            "indicators": Self.indicators(clan.assessment.indicators),
        ]
    }

    func community(_ community: Community) -> [String: Any] {
        let households = district.households.filter { $0.communityID == community.id }
        let clans = district.clans.filter { $0.communityID == community.id }
        return [
            "families": households.map(\.id).compactMap(memberFamily), "totalFamilies": households.count,
            "clans": clans.map { ["name": $0.name, "learningClan": learningClan[$0.id - 1]] }, "totalClans": clans.count,
            "indicators": Self.indicators(community.assessment.indicators),
        ]
    }

    func unit(_ organization: Organization) -> [String: Any] {
        let staff: [[String: Any]] = organization.staffIDs.map { id in
            let person = district.person(id)
            return [
                "name": person.fullName, "learningCitizen": learningCitizen[id - 1], "trainedThisYear": person.trainedThisYear,
                "digitalSkills": person.digitalSkills,
            ]
        }
        return ["staff": staff, "totalStaff": staff.count, "indicators": Self.indicators(organization.assessment.indicators)]
    }
}
