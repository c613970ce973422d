import Foundation
import KhuyenHocStore
import Testing

@Suite("Communities, households with their members, and people")
struct HouseholdStoreTests {
    @Test("a community's name is unique in its commune, ignoring case and marks, and free elsewhere")
    func communities() async throws {
        let fixture = try StoreFixture()
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let dong = try await fixture.village("Thôn Đông", in: thanhThuy)
        _ = try await fixture.village("Thôn Tây", in: thanhThuy)
        _ = try await fixture.village("Thôn Đông", in: kimBai)
        let duplicate = await caughtError { try await fixture.village("thon dong", in: thanhThuy) }
        #expect(duplicate?.violatedField?.entity == .community)
        #expect(duplicate?.violatedField?.field == "name")
        await #expect(throws: RegistryError.notFound(entity: .commune, id: 404)) {
            try await fixture.store.addCommunity(Community(communeID: 404, name: "Thôn Bắc"))
        }
        let inThanhThuy = try await fixture.store.communities(CommunityQuery(communeID: thanhThuy.id!), page: .first())
        #expect(inThanhThuy.items.map(\.name) == ["Thôn Đông", "Thôn Tây"])
        let named = try await fixture.store.communities(CommunityQuery(name: "dong"), page: .first())
        #expect(named.items.map(\.communeID).sorted() == [thanhThuy.id!, kimBai.id!].sorted())

        var renamed = dong
        renamed.name = "Thôn Đông Hạ"
        renamed.kind = .urbanBlock
        #expect(try await fixture.store.updateCommunity(renamed) == renamed)
        #expect(try await fixture.store.community(id: dong.id!) == renamed)
    }

    @Test("a household is added with its members in one transaction, and read back with them in order")
    func householdWithMembers() async throws {
        let fixture = try StoreFixture()
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let village = try await fixture.village("Thôn Đông", in: commune)
        let added = try await fixture.store.addHousehold(
            Household(communityID: village.id!, code: "TD-012", name: "Hộ ông Nguyễn Văn An"),
            members: [
                Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1980, sex: .male, targetGroup: "farmers",
                       literate: true, studiedThisYear: true, learningCitizen: true),
                Person(householdID: nil, name: "Trần Thị Bình", birthYear: 1982, sex: .female, literate: true),
                Person(householdID: nil, name: "Nguyễn Thị Cúc", birthYear: 2012, sex: .female, inSchool: true,
                       literate: true, goodConduct: true, resultsAverageOrBetter: true),
            ])
        #expect(added.members.map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Thị Cúc"])
        #expect(added.members.allSatisfy { $0.householdID == added.household.id && $0.id != nil })
        #expect(try await fixture.store.household(id: added.household.id!) == added)

        let listed = try await fixture.store.households(HouseholdQuery(communeID: commune.id!), page: .first())
        #expect(listed.items == [added])
        let code = await caughtError {
            try await fixture.store.addHousehold(Household(communityID: village.id!, code: "TD-012", name: "Hộ bà Lê Thị Dung"), members: [])
        }
        #expect(code?.violatedField?.field == "code")

        var household = added.household
        household.name = "Hộ bà Trần Thị Bình"
        household.code = ""
        let updated = try await fixture.store.updateHousehold(household)
        #expect(updated.code == nil, "an empty cell means no code")
        #expect(try await fixture.store.household(id: household.id!).members == added.members)
    }

    @Test("a refused member names its place in the list, and nothing of the household is written")
    func refusedMember() async throws {
        let fixture = try StoreFixture()
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let village = try await fixture.village("Thôn Đông", in: commune)
        let error = await caughtError {
            try await fixture.store.addHousehold(
                Household(communityID: village.id!, name: "Hộ ông Lê Văn Đức"),
                members: [
                    Person(householdID: nil, name: "Lê Văn Đức", birthYear: 1975),
                    Person(householdID: nil, name: "Lê Thị Hoa", birthYear: 1850),
                ])
        }
        #expect(error?.violatedField?.entity == .person)
        #expect(error?.violatedField?.field == "members.1.birthYear")
        #expect(try await fixture.store.households(HouseholdQuery(), page: .first()).items.isEmpty)
        #expect(try await fixture.store.people(PersonQuery(), page: .first()).items.isEmpty)
    }

    @Test("a person's rules", arguments: [
        (Person(householdID: nil, name: "", birthYear: 1990), "name"),
        (Person(householdID: nil, name: "Lê Văn A", birthYear: 1899), "birthYear"),
        (Person(householdID: nil, name: "Lê Văn A", birthYear: 2101), "birthYear"),
        (Person(householdID: nil, name: "Lê Văn A", birthYear: 2012, resultsAverageOrBetter: true), "resultsAverageOrBetter"),
        (Person(householdID: nil, name: "Lê Văn A", birthYear: 1990, targetGroup: "nông dân"), "targetGroup"),
        (Person(householdID: nil, name: "Lê Văn A", birthYear: 1990, targetGroup: ""), "targetGroup"),
    ])
    func personRules(person: Person, field: String) async throws {
        let store = try StoreFixture().store
        #expect(await caughtError { try await store.addPerson(person) }?.violatedField?.field == field)
    }

    @Test("people are found by name ignoring case and marks, NFD alike, and listed by given name")
    func people() async throws {
        let fixture = try StoreFixture()
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let dong = try await fixture.village("Thôn Đông", in: thanhThuy)
        let block = try await fixture.village("Tổ dân phố 1", in: kimBai)
        _ = try await fixture.household("Hộ ông Nguyễn Văn An", in: dong, members: [
            ("Nguyễn Văn An", 1980), ("Nguyễn Thanh Thùy", 1984), ("Nguyễn Thanh Tùng", 2010),
        ])
        _ = try await fixture.household("Hộ bà Đỗ Thị Thủy", in: block, members: [("Đỗ Thị Thủy", 1970), ("Lê Văn An", 1968)])
        let staffOnly = try await fixture.store.addPerson(Person(householdID: nil, name: "Phạm Thanh Thuý", birthYear: 1990))

        func names(_ query: PersonQuery) async throws -> [String] {
            try await fixture.store.people(query, page: .first()).items.map(\.name)
        }
        #expect(try await names(PersonQuery(name: "thanh thuy")) == ["Nguyễn Thanh Thùy", "Phạm Thanh Thuý"])
        #expect(try await names(PersonQuery(name: "Thanh Thùy".decomposedStringWithCanonicalMapping))
            == ["Nguyễn Thanh Thùy", "Phạm Thanh Thuý"])
        #expect(try await names(PersonQuery(name: "thuy")) == ["Nguyễn Thanh Thùy", "Đỗ Thị Thủy", "Phạm Thanh Thuý"])
        #expect(try await names(PersonQuery(name: "an")) == ["Lê Văn An", "Nguyễn Văn An"])
        #expect(try await names(PersonQuery()) == [
            // Given names An, An, Thùy, Thủy, Thuý (huyền, hỏi, sắc), Tùng.
            "Lê Văn An", "Nguyễn Văn An", "Nguyễn Thanh Thùy", "Đỗ Thị Thủy", "Phạm Thanh Thuý", "Nguyễn Thanh Tùng",
        ])
        #expect(try await names(PersonQuery(communeID: kimBai.id!)) == ["Lê Văn An", "Đỗ Thị Thủy"])

        var moved = staffOnly
        moved.name = "Phạm Thanh Thủy"
        moved.birthYear = 1991
        #expect(try await fixture.store.updatePerson(moved) == moved)
        #expect(try await fixture.store.person(id: moved.id!) == moved)
        moved.householdID = 31337
        await #expect(throws: RegistryError.notFound(entity: .household, id: 31337)) { try await fixture.store.updatePerson(moved) }
    }

    @Test("households are searched and paged in Vietnamese order")
    func householdPaging() async throws {
        let fixture = try StoreFixture()
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let village = try await fixture.village("Thôn Đông", in: commune)
        let names = ["Hộ ông Đỗ Văn Ba", "Hộ ông Dương Văn Tư", "Hộ bà Âu Thị Năm", "Hộ ông Ân Văn Hai", "Hộ bà An Thị Sáu"]
        for name in names { _ = try await fixture.household(name, in: village, members: [(name, 1970)]) }
        var seen: [String] = []
        var page = PageRequest(limit: 2)
        while true {
            let result = try await fixture.store.households(HouseholdQuery(communityID: village.id!), page: page)
            #expect(result.items.allSatisfy { $0.members.count == 1 })
            seen += result.items.map(\.household.name)
            guard let next = result.next else { break }
            page = PageRequest(limit: 2, after: next)
        }
        #expect(seen == ["Hộ bà An Thị Sáu", "Hộ bà Âu Thị Năm", "Hộ ông Ân Văn Hai", "Hộ ông Dương Văn Tư", "Hộ ông Đỗ Văn Ba"])
        let found = try await fixture.store.households(HouseholdQuery(name: "ho ong"), page: .first())
        #expect(found.items.count == 3)
    }
}
