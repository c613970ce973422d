import KhuyenHocSample
import Testing

/// The records hold together: memberships, names, markers, and the facts the models refuse.
struct IntegrityTests {
    static let districts: [SampleDistrict] = [Fixtures.sample, Fixtures.benchmark]

    @Test(arguments: [0, 1])
    func everyPersonBelongsToExactlyOneHousehold(_ which: Int) {
        let district = Self.districts[which]
        var seen = [Int](repeating: 0, count: district.people.count + 1)
        for household in district.households {
            #expect((1...8).contains(household.memberIDs.count))
            for member in household.memberIDs {
                seen[member] += 1
                #expect(district.person(member).householdID == household.id)
            }
            #expect(district.person(household.headID).role == .head)
            #expect(household.memberIDs.dropFirst().allSatisfy { district.person($0).role != .head })
            #expect(district.community(household.communityID).communeCode == household.communeCode)
        }
        #expect(seen.dropFirst().allSatisfy { $0 == 1 })
    }

    @Test(arguments: [0, 1])
    func everyClansHouseholdsShareItsNameAndCommune(_ which: Int) {
        let district = Self.districts[which]
        var clanOf = [Int?](repeating: nil, count: district.households.count + 1)
        for clan in district.clans {
            #expect(clan.householdIDs.count >= 2)
            #expect(clan.name == "Họ \(clan.familyName) \(district.community(clan.communityID).kind.titleVi) \(district.community(clan.communityID).name)")
            #expect(district.community(clan.communityID).communeCode == clan.communeCode)
            for id in clan.householdIDs {
                let household = district.household(id)
                #expect(household.familyName == clan.familyName && household.communeCode == clan.communeCode)
                #expect(household.communityID == clan.communityID && household.clanID == clan.id)
                #expect(clanOf[id] == nil, "household \(id) is in two clans")
                clanOf[id] = clan.id
            }
        }
        #expect(district.households.allSatisfy { $0.clanID == clanOf[$0.id] })
        // One lineage per name in a community.
        #expect(Set(district.clans.map { "\($0.communityID) \($0.familyName)" }).count == district.clans.count)
    }

    /// The household's line name is the head's, or the children's when a mother heads it alone.
    @Test func aHouseholdsNameIsItsMaleLine() {
        let district = Fixtures.benchmark
        for household in district.households {
            let head = district.person(household.headID)
            let children = household.memberIDs.map(district.person).filter { $0.role == .child }
            #expect(children.allSatisfy { $0.familyName == household.familyName })
            if head.sex == .male || children.isEmpty { #expect(head.familyName == household.familyName) }
        }
    }

    @Test(arguments: [0, 1])
    func everyOrganizationsStaffWorksThereOnly(_ which: Int) {
        let district = Self.districts[which]
        var employer = [Int?](repeating: nil, count: district.people.count + 1)
        for organization in district.organizations {
            #expect(!organization.staffIDs.isEmpty)
            for id in organization.staffIDs {
                let person = district.person(id)
                #expect(employer[id] == nil)
                employer[id] = organization.id
                #expect(person.organizationID == organization.id && person.targetGroup == organization.kind.staffTargetGroup)
                #expect(district.household(person.householdID).communeCode == organization.communeCode)
                #expect((18...60).contains(person.age(in: district.year)) && !person.schooling.inSchool)
            }
        }
        #expect(district.people.allSatisfy { $0.organizationID == employer[$0.id] })
        #expect(Set(district.organizations.map(\.name)).count == district.organizations.count)
    }

    @Test(arguments: [0, 1])
    func everyNameIsNFC(_ which: Int) {
        let district = Self.districts[which]
        #expect(district.people.allSatisfy {
            Fixtures.isNFC($0.familyName) && Fixtures.isNFC($0.middleName) && Fixtures.isNFC($0.givenName) && Fixtures.isNFC($0.fullName)
        })
        #expect(district.households.allSatisfy { Fixtures.isNFC($0.familyName) })
        #expect(district.communities.allSatisfy { Fixtures.isNFC($0.name) && Fixtures.isNFC($0.fullName) })
        #expect(district.clans.allSatisfy { Fixtures.isNFC($0.name) })
        #expect(district.organizations.allSatisfy { Fixtures.isNFC($0.name) })
        #expect(district.communes.allSatisfy { Fixtures.isNFC($0.name) && Fixtures.isNFC($0.fullName) })
        #expect(TargetGroup.allCases.allSatisfy { Fixtures.isNFC($0.titleVi) })
        #expect(district.people.allSatisfy { $0.middleName != $0.givenName && !$0.givenName.isEmpty })
    }

    @Test func everyGeneratedRecordSaysItIsSynthetic() {
        let district = Fixtures.sample
        #expect(district.synthetic)
        #expect(district.communities.allSatisfy { $0.synthetic && $0.assessment.synthetic })
        #expect(district.households.allSatisfy { $0.synthetic && $0.assessment.synthetic })
        #expect(district.people.allSatisfy { $0.synthetic && ($0.citizenScores?.synthetic ?? true) })
        #expect(district.clans.allSatisfy { $0.synthetic && $0.assessment.synthetic })
        #expect(district.organizations.allSatisfy { $0.synthetic && $0.assessment.synthetic })
        #expect(district.communes.allSatisfy { !$0.synthetic } && district.merges.allSatisfy { !$0.synthetic })
    }

    /// What the family and citizen plugins refuse as impossible never occurs.
    @Test(arguments: [0, 1])
    func nobodyHasFactsThePluginsRefuse(_ which: Int) {
        let district = Self.districts[which]
        for person in district.people {
            let age = person.age(in: district.year)
            #expect((0...120).contains(age))
            if person.schooling.inSchool { #expect(age >= 3) }
            if person.literate { #expect(age >= 5) }
            if person.completedUniversalEducation { #expect(age >= 10) }
            if person.resultsAverageOrBetter { #expect(person.schooling.hasResults) }
            if person.targetGroup != nil { #expect(age >= 15 && !person.schooling.inSchool) }
            if person.studiedThisYear || person.digitalSkills { #expect(age >= 15) }
            if person.trainedThisYear { #expect(age >= 18 && person.studiedThisYear) }
            if person.goodConduct { #expect(age >= 6) }
            #expect((person.targetGroup == nil) == (person.citizenScores == nil))
            if let scores = person.citizenScores { #expect(scores.points.count == 10 && scores.points.allSatisfy { (0...10).contains($0) }) }
        }
    }

    @Test func assessmentsUseTheRubricsIndicatorIDs() {
        let district = Fixtures.sample
        #expect(CitizenScores.indicatorIDs == ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"])
        #expect(district.households[0].assessment.indicators.map(\.id)
            == ["registered", "learningResources", "learningTime", "livelihood", "notPoor", "culturalFamily"])
        #expect(district.clans[0].assessment.indicators.map(\.id) == ["learningFund", "clanCovenant", "rewardedLearners", "livelihoodAndCulture"])
        #expect(district.communities[0].assessment.indicators.map(\.id) == ["learningPlace", "villageCovenant", "learningActivities", "culturalCommunity"])
        #expect(district.organizations[0].assessment.indicators.map(\.id)
            == ["learningPlan", "facilities", "budget", "tasksCompleted", "appliedLearning", "communitySupport", "noSeriousViolation"])
        let scores = CitizenScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(scores.points == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] && scores.total == 55 && scores.lowest == 1)
        #expect(scores[id: "it4"] == 8 && scores[id: "sr2"] == 10 && scores[id: "xx"] == nil)
    }
}
