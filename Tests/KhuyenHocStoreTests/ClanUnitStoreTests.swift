import Foundation
import KhuyenHocStore
import Testing

@Suite("Clans with their households, units with their staff")
struct ClanUnitStoreTests {
    @Test("a clan gains and loses member households; adding one twice keeps one membership")
    func clans() async throws {
        let fixture = try StoreFixture()
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let dong = try await fixture.village("Thôn Đông", in: commune)
        let tay = try await fixture.village("Thôn Tây", in: commune)
        let an = try await fixture.household("Hộ ông Nguyễn Văn An", in: dong, members: [("Nguyễn Văn An", 1970)])
        let binh = try await fixture.household("Hộ ông Nguyễn Văn Bình", in: tay, members: [("Nguyễn Văn Bình", 1972)])
        let other = try await fixture.household("Hộ ông Lê Văn Cường", in: tay, members: [("Lê Văn Cường", 1960)])
        let nguyen = try await fixture.store.addClan(Clan(communeID: commune.id!, name: "Họ Nguyễn Văn"))
        _ = try await fixture.store.addClan(Clan(communeID: commune.id!, name: "Họ Lê"))

        let store = fixture.store
        try await store.addClanMembers(clanID: nguyen.id!, householdIDs: [binh.household.id!, an.household.id!])
        try await store.addClanMembers(clanID: nguyen.id!, householdIDs: [an.household.id!])
        let members = try await store.households(HouseholdQuery(clanID: nguyen.id!), page: .first())
        #expect(members.items.map(\.household.name) == ["Hộ ông Nguyễn Văn An", "Hộ ông Nguyễn Văn Bình"])

        await #expect(throws: RegistryError.notFound(entity: .household, id: 999)) {
            try await store.addClanMembers(clanID: nguyen.id!, householdIDs: [other.household.id!, 999])
        }
        #expect(try await store.households(HouseholdQuery(clanID: nguyen.id!), page: .first()).items.count == 2,
                "the refused call added nothing")
        await #expect(throws: RegistryError.notFound(entity: .clan, id: 998)) {
            try await store.addClanMembers(clanID: 998, householdIDs: [an.household.id!])
        }

        try await store.removeClanMember(clanID: nguyen.id!, householdID: an.household.id!)
        await #expect(throws: RegistryError.notFound(entity: .clanMember, id: an.household.id!)) {
            try await store.removeClanMember(clanID: nguyen.id!, householdID: an.household.id!)
        }
        #expect(try await store.clans(ClanQuery(communeID: commune.id!), page: .first()).items.map(\.name) == ["Họ Lê", "Họ Nguyễn Văn"])
        #expect(try await store.clans(ClanQuery(name: "ho nguyen"), page: .first()).items == [nguyen])
        var renamed = nguyen
        renamed.name = "Họ Nguyễn"
        #expect(try await store.updateClan(renamed) == renamed)
        #expect(try await store.clan(id: nguyen.id!) == renamed)
    }

    @Test("a unit's staff are put, updated in place, listed by name and removed")
    func units() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let school = try await store.addUnit(Unit(communeID: commune.id!, name: "Trường Tiểu học Thanh Thùy", kind: .school))
        let office = try await store.addUnit(Unit(communeID: commune.id!, name: "Ủy ban nhân dân xã Thanh Thùy", kind: .agency))
        let binh = try await store.addPerson(Person(householdID: nil, name: "Trần Thị Bình", birthYear: 1985))
        let an = try await store.addPerson(Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1979, learningCitizen: true))

        _ = try await store.putStaffMember(UnitStaffMember(unitID: school.id!, personID: binh.id!, role: "Hiệu trưởng"))
        _ = try await store.putStaffMember(UnitStaffMember(unitID: school.id!, personID: an.id!))
        let updated = try await store.putStaffMember(
            UnitStaffMember(unitID: school.id!, personID: binh.id!, role: "Hiệu trưởng", trainedThisYear: true, digitalSkills: true))
        #expect(updated.trainedThisYear && updated.digitalSkills)

        let staff = try await store.staff(unitID: school.id!, page: .first())
        #expect(staff.items.map(\.person.name) == ["Nguyễn Văn An", "Trần Thị Bình"])
        #expect(staff.items[0].person.learningCitizen)
        #expect(staff.items[1].membership == updated)

        try await store.removeStaffMember(unitID: school.id!, personID: an.id!)
        #expect(try await store.staff(unitID: school.id!, page: .first()).items.count == 1)
        await #expect(throws: RegistryError.notFound(entity: .staffMember, id: an.id!)) {
            try await store.removeStaffMember(unitID: school.id!, personID: an.id!)
        }
        await #expect(throws: RegistryError.notFound(entity: .person, id: 4040)) {
            try await store.putStaffMember(UnitStaffMember(unitID: school.id!, personID: 4040))
        }
        await #expect(throws: RegistryError.notFound(entity: .unit, id: 4041)) { try await store.staff(unitID: 4041, page: .first()) }

        #expect(try await store.units(UnitQuery(communeID: commune.id!), page: .first()).items == [school, office])
        #expect(try await store.units(UnitQuery(kind: .agency), page: .first()).items == [office])
        #expect(try await store.units(UnitQuery(name: "uy ban"), page: .first()).items == [office])
        var renamed = office
        renamed.name = "UBND xã Thanh Thùy"
        #expect(try await store.updateUnit(renamed) == renamed)
        #expect(try await store.unit(id: office.id!) == renamed)
    }
}
