import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// Adding, updating, reading and listing the registry's records through `vn.khuyenhoc.Registry`
/// on a daemon started without the sample district, with small data added through the socket.
@Suite struct RegistryRecordsEndToEndTests {
    /// A daemon on an empty registry, with the calls to it.
    static func start() async throws -> (DaemonProcess, RegistryCalls) {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample"])
        return (daemon, RegistryCalls(client: try await daemon.client()))
    }

    static func stop(_ daemon: DaemonProcess, _ calls: RegistryCalls) async throws {
        await calls.client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func everyKindIsAddedReadUpdatedAndListed() async throws {
        let (daemon, registry) = try await Self.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        try await registry.addCommune("10153", "Đỗ Động")

        // Communities: NFD in, NFC out; the commune named by code and name.
        let dong = try await registry.addCommunity("10144", "Thôn Đông".decomposedStringWithCanonicalMapping)
        #expect(dong.name == "Thôn Đông" && dong.name.unicodeScalars.count == "Thôn Đông".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(dong.commune == CommuneReference(code: "10144", name: "Thanh Thùy") && dong.kind == "village")
        let moved = try await registry.call(
            "UpdateCommunity", UpdateCommunityParameters(id: dong.id, communeCode: "10153", name: "Tổ dân phố 1", kind: "urbanBlock"),
            as: CommunityReply.self).community
        #expect(moved == CommunityInfo(id: dong.id, commune: CommuneReference(code: "10153", name: "Đỗ Động"), name: "Tổ dân phố 1", kind: "urbanBlock"))
        #expect(try await registry.call("GetCommunity", RecordIDParameters(id: dong.id), as: CommunityReply.self).community == moved)
        let village = try await registry.addCommunity("10144", "Thôn Trung")
        let inThuy = try await registry.call("ListCommunities", ListCommunitiesParameters(communeCode: "10144"), as: ListCommunitiesReply.self)
        #expect(inThuy.communities == [village] && inThuy.nextCursor == nil)

        // A household with its members, then a person added to it, then both changed.
        let household = try await registry.addHousehold(village.id, "Hộ ông Nguyễn Văn An", members: [
            NewMember(name: "Nguyễn Văn An", birthYear: 1970, sex: "male", literate: true),
            NewMember(name: "Lê Thị Bình", birthYear: 1974, sex: "female", targetGroup: "farmers"),
        ])
        #expect(household.members.map(\.name) == ["Nguyễn Văn An", "Lê Thị Bình"])
        #expect(household.members.allSatisfy { $0.householdID == household.id })
        #expect(household.members[0].literate && !household.members[1].literate && household.members[1].targetGroup == "farmers")
        let child = try await registry.addPerson(household.id, "Nguyễn Thị Chi", born: 2012)
        var fields = child.fields
        fields.inSchool = true
        fields.resultsAverageOrBetter = true
        let pupil = try await registry.call(
            "UpdatePerson", UpdatePersonParameters(id: child.id, householdID: household.id, person: fields), as: PersonReply.self).person
        #expect(pupil.inSchool && pupil.resultsAverageOrBetter && pupil.name == "Nguyễn Thị Chi")
        #expect(try await registry.call("GetPerson", RecordIDParameters(id: child.id), as: PersonReply.self).person == pupil)
        let renamed = try await registry.call(
            "UpdateHousehold", UpdateHouseholdParameters(id: household.id, communityID: village.id, code: "HB-07", name: "Hộ bà Lê Thị Bình"),
            as: HouseholdReply.self).household
        #expect(renamed.code == "HB-07" && renamed.name == "Hộ bà Lê Thị Bình" && renamed.members.count == 3)
        #expect(try await registry.call("GetHousehold", RecordIDParameters(id: household.id), as: HouseholdReply.self).household == renamed)
        let other = try await registry.addHousehold(village.id, "Hộ ông Trần Văn Đức")
        let listed = try await registry.call("ListHouseholds", ListHouseholdsParameters(communityID: village.id), as: ListHouseholdsReply.self)
        #expect(listed.households.map(\.name) == ["Hộ bà Lê Thị Bình", "Hộ ông Trần Văn Đức"])
        let members = try await registry.call("ListPeople", ListPeopleParameters(householdID: household.id), as: ListPeopleReply.self)
        // By given name: An, Bình, Chi.
        #expect(members.people.map(\.name) == ["Nguyễn Văn An", "Lê Thị Bình", "Nguyễn Thị Chi"])
        let inDong = try await registry.call("ListPeople", ListPeopleParameters(communeCode: "10153"), as: ListPeopleReply.self)
        #expect(inDong.people.isEmpty)

        // A clan with its households.
        let clan = try await registry.call("AddClan", AddClanParameters(communeCode: "10144", name: "Họ Nguyễn Văn"), as: ClanReply.self).clan
        let _: NoParameters = try await registry.call("AddClanMembers", AddClanMembersParameters(clanID: clan.id, householdIDs: [household.id, other.id]))
        let _: NoParameters = try await registry.call("RemoveClanMember", RemoveClanMemberParameters(clanID: clan.id, householdID: other.id))
        let clanHouseholds = try await registry.call("ListHouseholds", ListHouseholdsParameters(clanID: clan.id), as: ListHouseholdsReply.self)
        #expect(clanHouseholds.households.map(\.id) == [household.id])
        let lineage = try await registry.call("UpdateClan", UpdateClanParameters(id: clan.id, communeCode: "10144", name: "Họ Nguyễn Đình"), as: ClanReply.self).clan
        #expect(lineage == ClanInfo(id: clan.id, commune: CommuneReference(code: "10144", name: "Thanh Thùy"), name: "Họ Nguyễn Đình"))
        #expect(try await registry.call("GetClan", RecordIDParameters(id: clan.id), as: ClanReply.self).clan == lineage)
        #expect(try await registry.call("ListClans", ListClansParameters(query: "dinh"), as: ListClansReply.self).clans == [lineage])

        // A unit with its staff.
        let school = try await registry.call(
            "AddUnit", AddUnitParameters(communeCode: "10144", name: "Trường Tiểu học Thanh Thùy", kind: "school"), as: UnitReply.self).unit
        let agency = try await registry.call(
            "UpdateUnit", UpdateUnitParameters(id: school.id, communeCode: "10144", name: "UBND xã Thanh Thùy", kind: "agency"), as: UnitReply.self).unit
        #expect(agency.kind == "agency" && agency.name == "UBND xã Thanh Thùy")
        #expect(try await registry.call("GetUnit", RecordIDParameters(id: school.id), as: UnitReply.self).unit == agency)
        #expect(try await registry.call("ListUnits", ListUnitsParameters(kind: "school"), as: ListUnitsReply.self).units.isEmpty)
        #expect(try await registry.call("ListUnits", ListUnitsParameters(communeCode: "10144", kind: "agency"), as: ListUnitsReply.self).units == [agency])
        let clerk = try await registry.addPerson(nil, "Phạm Văn Giang")
        #expect(clerk.householdID == nil)
        let put = try await registry.call(
            "PutStaffMember", PutStaffMemberParameters(unitID: agency.id, personID: clerk.id, role: "Văn thư", digitalSkills: true),
            as: StaffMemberReply.self).staffMember
        #expect(put == StaffMemberInfo(person: clerk, role: "Văn thư", trainedThisYear: false, digitalSkills: true))
        let again = try await registry.call(
            "PutStaffMember", PutStaffMemberParameters(unitID: agency.id, personID: clerk.id, role: "Chủ tịch", trainedThisYear: true),
            as: StaffMemberReply.self).staffMember
        #expect(again.role == "Chủ tịch" && again.trainedThisYear && !again.digitalSkills)
        let _: NoParameters = try await registry.call(
            "PutStaffMember", PutStaffMemberParameters(unitID: agency.id, personID: household.members[0].id))
        let staff = try await registry.call("ListStaff", ListStaffParameters(unitID: agency.id), as: ListStaffReply.self)
        #expect(staff.staff.map(\.person.name) == ["Nguyễn Văn An", "Phạm Văn Giang"])
        let _: NoParameters = try await registry.call("RemoveStaffMember", RemoveStaffMemberParameters(unitID: agency.id, personID: clerk.id))
        #expect(try await registry.call("ListStaff", ListStaffParameters(unitID: agency.id), as: ListStaffReply.self).staff.map(\.person.id)
            == [household.members[0].id])

        // Communes: one updated, the list reads it back.
        let updated = try await registry.call(
            "UpdateCommune", UpdateCommuneParameters(code: "10153", name: "Đỗ Động", kind: "ward", validFrom: "2020-01-01"),
            as: CommuneReply.self).commune
        #expect(updated == CommuneInfo(code: "10153", name: "Đỗ Động", kind: "ward", validFrom: "2020-01-01"))
        try await Self.stop(daemon, registry)
    }

    @Test func pagesFollowCursorsInVietnameseOrderAndSearchIgnoresMarks() async throws {
        let (daemon, registry) = try await Self.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        // Unicode order would put Ấ, Đ and Ư after every plain letter; Vietnamese order does not.
        for name in ["Thôn Em", "Thôn Ấp", "Thôn Đông", "Thôn Bắc", "Thôn Dưới", "Thôn An", "Thôn Ưu", "Thôn Uy"] {
            _ = try await registry.addCommunity("10144", name)
        }
        let communities = try await registry.call("ListCommunities", ListCommunitiesParameters(), as: ListCommunitiesReply.self)
        #expect(communities.communities.map(\.name)
            == ["Thôn An", "Thôn Ấp", "Thôn Bắc", "Thôn Dưới", "Thôn Đông", "Thôn Em", "Thôn Uy", "Thôn Ưu"])

        let village = communities.communities[0]
        let household = try await registry.addHousehold(village.id, "Hộ ông Nguyễn Văn An")
        let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Em", "Giang", "Hà", "Hải", "Hùng", "Khánh", "Lan", "Linh", "Mai",
                     "Minh", "Nam", "Ngọc", "Oanh", "Ơn", "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Ước"]
        // Added in reverse, so the list's order cannot come from the ids.
        for name in given.reversed() { _ = try await registry.addPerson(household.id, "Nguyễn Văn \(name)") }
        var names: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try await registry.call("ListPeople", ListPeopleParameters(limit: 7, cursor: cursor), as: ListPeopleReply.self)
            #expect(page.people.count == (pages < 3 ? 7 : 4))
            names += page.people.map(\.name)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil && pages < 10
        #expect(pages == 4)
        #expect(names == given.map { "Nguyễn Văn \($0)" })

        for query in ["nguyen van an", "NGUYỄN VĂN AN".decomposedStringWithCanonicalMapping, "Nguyễn Văn An", "an"] {
            let found = try await registry.call("ListPeople", ListPeopleParameters(query: query), as: ListPeopleReply.self)
            #expect(found.people.map(\.name) == ["Nguyễn Văn An"], "\(query)")
        }
        let duc = try await registry.call("ListPeople", ListPeopleParameters(query: "duc"), as: ListPeopleReply.self)
        #expect(duc.people.map(\.name) == ["Nguyễn Văn Đức"])
        let households = try await registry.call("ListHouseholds", ListHouseholdsParameters(query: "nguyen"), as: ListHouseholdsReply.self)
        #expect(households.households.map(\.members.count) == [25])
        try await Self.stop(daemon, registry)
    }

    @Test func thePythonClientAddsAndListsAPerson() async throws {
        let (daemon, registry) = try await Self.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        let village = try await registry.addCommunity("10144", "Thôn Đông")
        let household = try await registry.addHousehold(village.id, "Hộ ông Nguyễn Văn An")
        let address = "unix:\(daemon.socket)/vn.khuyenhoc.Registry"
        let add = try await ExternalCommand.run("python3", [
            "-m", "varlink.cli", "call", "\(address).AddPerson",
            #"{"householdID": \#(household.id), "name": "Nguyễn Văn An", "birthYear": 1970, "sex": "male", "literate": true}"#,
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let added = try JSONDecoder().decode(PersonReply.self, from: Data(add.stdout.utf8)).person
        #expect(added.name == "Nguyễn Văn An" && added.householdID == household.id && added.literate && added.sex == "male")
        let list = try await ExternalCommand.run("python3", [
            "-m", "varlink.cli", "call", "\(address).ListPeople", #"{"query": "nguyen van an"}"#,
        ])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try JSONDecoder().decode(ListPeopleReply.self, from: Data(list.stdout.utf8)).people == [added])
        try await Self.stop(daemon, registry)
    }
}
