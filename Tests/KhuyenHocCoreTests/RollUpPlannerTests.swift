import KhuyenHocCore
import KhuyenHocStore
import Testing

/// Which subjects a roll-up covers, on ``RollUpFixture``'s registry.
struct RollUpPlannerTests {
    let planner = RollUpPlanner(index: RollUpFixture.index)

    @Test func aCommuneCoversItsGroupsAndEverythingTheyAreMadeOf() {
        let plan = planner.plan(.area(communeIDs: [1]))
        #expect(plan.subjects(of: .community) == [10, 11])
        // Clan 31 is commune 2's, but household 101 of community 10 belongs to it.
        #expect(plan.subjects(of: .clan) == [30, 31])
        // Household 200 (commune 2) is a member of clan 31.
        #expect(plan.subjects(of: .family) == [100, 101, 102, 200])
        #expect(plan.subjects(of: .unit) == [40])
        // Household members, and unit 40's staff member 7 who lives in no household.
        #expect(plan.subjects(of: .citizen) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test func theOtherCommune() {
        let plan = planner.plan(.area(communeIDs: [2]))
        #expect(plan.subjects(of: .community) == [20])
        #expect(plan.subjects(of: .clan) == [31])
        #expect(plan.subjects(of: .family) == [101, 200])
        #expect(plan.subjects(of: .unit) == [41])
        #expect(plan.subjects(of: .citizen) == [4, 6])
    }

    @Test func theWholeDistrictCoversEveryRecord() {
        let plan = planner.plan(.area(communeIDs: nil))
        #expect(plan.subjects(of: .community) == [10, 11, 20])
        #expect(plan.subjects(of: .clan) == [30, 31])
        #expect(plan.subjects(of: .family) == [100, 101, 102, 200])
        #expect(plan.subjects(of: .unit) == [40, 41])
        #expect(plan.subjects(of: .citizen) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test func aSubjectCoversOnlyWhatItDependsOn() {
        let clan = planner.plan(.subject(.clan, 30))
        #expect(clan.subjects == [.clan: [30], .family: [100, 102], .citizen: [1, 2, 3, 5]])
        let citizen = planner.plan(.subject(.citizen, 4))
        #expect(citizen.subjects == [.citizen: [4]])
        let unit = planner.plan(.subject(.unit, 41))
        #expect(unit.subjects == [.unit: [41], .citizen: [6]])
        let community = planner.plan(.subject(.community, 20))
        #expect(community.subjects(of: .clan) == [31])
        #expect(community.subjects(of: .family) == [101, 200])
    }

    @Test func anUnknownSubjectCoversNothing() {
        #expect(planner.plan(.subject(.family, 999)).subjects.isEmpty)
        #expect(planner.plan(.area(communeIDs: [99])).subjects.isEmpty)
    }
}
