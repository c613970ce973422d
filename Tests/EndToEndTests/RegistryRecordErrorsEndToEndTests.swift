import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// Every wrong request to the registry's record methods gets a declared error that names the
/// field and the reason, and a refused write changes nothing.
@Suite struct RegistryRecordErrorsEndToEndTests {
    /// The error's name without the interface, and its parameters as text.
    static func expect(
        _ error: VarlinkError?, _ name: String, _ parameters: [String: JSONValue], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error else {
            Issue.record("no error; expected \(name)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.name.hasSuffix("." + name), "\(error)", sourceLocation: sourceLocation)
        for (key, value) in parameters {
            #expect(error.parameters[key] == value, "\(key) in \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func missingRecordsAreNamedWithTheFieldThatNamedThem() async throws {
        let (daemon, registry) = try await RegistryRecordsEndToEndTests.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        let village = try await registry.addCommunity("10144", "Thôn Đông")
        let household = try await registry.addHousehold(village.id, "Hộ ông Nguyễn Văn An")
        let person = try await registry.addPerson(household.id, "Nguyễn Văn An")
        let clan = try await registry.call("AddClan", AddClanParameters(communeCode: "10144", name: "Họ Nguyễn"), as: ClanReply.self).clan
        let unit = try await registry.call(
            "AddUnit", AddUnitParameters(communeCode: "10144", name: "Trạm Y tế", kind: "other"), as: UnitReply.self).unit

        for method in ["GetCommunity", "GetHousehold", "GetPerson", "GetClan", "GetUnit"] {
            let entity = ["GetCommunity": "community", "GetHousehold": "household", "GetPerson": "person", "GetClan": "clan", "GetUnit": "unit"][method]!
            Self.expect(try await registry.error(method, RecordIDParameters(id: 999)), "RecordNotFound",
                        ["entity": .string(entity), "id": .number(999), "field": .string("id")])
        }
        Self.expect(try await registry.error("AddHousehold", AddHouseholdParameters(communityID: 999, name: "Hộ X")), "RecordNotFound",
                    ["entity": .string("community"), "id": .number(999), "field": .string("communityID")])
        Self.expect(try await registry.error("UpdateHousehold", UpdateHouseholdParameters(id: household.id, communityID: 999, name: "Hộ X")),
                    "RecordNotFound", ["entity": .string("community"), "field": .string("communityID")])
        Self.expect(try await registry.error("AddPerson", AddPersonParameters(householdID: 999, person: NewMember(name: "A", birthYear: 1990))),
                    "RecordNotFound", ["entity": .string("household"), "field": .string("householdID")])
        Self.expect(try await registry.error("UpdatePerson", UpdatePersonParameters(id: 999, householdID: nil, person: person.fields)),
                    "RecordNotFound", ["entity": .string("person"), "id": .number(999), "field": .string("id")])
        Self.expect(try await registry.error("UpdateCommunity", UpdateCommunityParameters(id: 999, communeCode: "10144", name: "Thôn Tây")),
                    "RecordNotFound", ["entity": .string("community"), "field": .string("id")])
        // All or none: one missing household adds none of them.
        Self.expect(try await registry.error("AddClanMembers", AddClanMembersParameters(clanID: clan.id, householdIDs: [household.id, 999])),
                    "RecordNotFound", ["entity": .string("household"), "id": .number(999), "field": .string("householdIDs")])
        #expect(try await registry.call("ListHouseholds", ListHouseholdsParameters(clanID: clan.id), as: ListHouseholdsReply.self).households.isEmpty)
        Self.expect(try await registry.error("AddClanMembers", AddClanMembersParameters(clanID: 999, householdIDs: [household.id])),
                    "RecordNotFound", ["entity": .string("clan"), "field": .string("clanID")])
        Self.expect(try await registry.error("RemoveClanMember", RemoveClanMemberParameters(clanID: clan.id, householdID: household.id)),
                    "RecordNotFound", ["entity": .string("clanMember"), "id": .number(Double(household.id)), "field": .string("householdID")])
        Self.expect(try await registry.error("PutStaffMember", PutStaffMemberParameters(unitID: unit.id, personID: 999)),
                    "RecordNotFound", ["entity": .string("person"), "field": .string("personID")])
        Self.expect(try await registry.error("PutStaffMember", PutStaffMemberParameters(unitID: 999, personID: person.id)),
                    "RecordNotFound", ["entity": .string("unit"), "field": .string("unitID")])
        Self.expect(try await registry.error("RemoveStaffMember", RemoveStaffMemberParameters(unitID: unit.id, personID: person.id)),
                    "RecordNotFound", ["entity": .string("staffMember"), "field": .string("personID")])
        Self.expect(try await registry.error("ListStaff", ListStaffParameters(unitID: 999)), "RecordNotFound", ["entity": .string("unit"), "field": .string("unitID")])
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "99999", name: "Thôn Tây")),
                    "CommuneNotFound", ["code": .string("99999")])
        let _: CommuneReply = try await registry.call("AddCommune", AddCommuneParameters(code: "10150", name: "Thanh Văn", validFrom: "2000-01-01"))
        Self.expect(try await registry.error("ListClans", ListClansParameters(communeCode: "10150", communeAsOf: "1990-01-01")),
                    "CommuneNotFound", ["code": .string("10150"), "asOf": .string("1990-01-01")])
        try await RegistryRecordsEndToEndTests.stop(daemon, registry)
    }

    @Test func badValuesNameTheFieldAndWriteNothing() async throws {
        let (daemon, registry) = try await RegistryRecordsEndToEndTests.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        let village = try await registry.addCommunity("10144", "Thôn Đông")
        let household = try await registry.addHousehold(village.id, "Hộ ông Nguyễn Văn An")

        Self.expect(try await registry.error("AddPerson", AddPersonParameters(householdID: household.id, person: NewMember(name: "An", birthYear: 1800))),
                    "ConstraintViolated", ["entity": .string("person"), "field": .string("birthYear"), "reason": .string("must be a year from 1900 to 2100")])
        Self.expect(try await registry.error("AddPerson", AddPersonParameters(householdID: household.id, person: NewMember(name: "  ", birthYear: 1980))),
                    "ConstraintViolated", ["entity": .string("person"), "field": .string("name")])
        Self.expect(try await registry.error("AddPerson", AddPersonParameters(
            householdID: household.id, person: NewMember(name: "An", birthYear: 1980, resultsAverageOrBetter: true))),
                    "ConstraintViolated", ["field": .string("resultsAverageOrBetter")])
        Self.expect(try await registry.error("AddPerson", AddPersonParameters(
            householdID: household.id, person: NewMember(name: "An", birthYear: 1980, sex: "m"))),
                    "InvalidValue", ["field": .string("sex"), "reason": .string("must be one of female, male")])
        Self.expect(try await registry.error("AddPerson", AddPersonParameters(
            householdID: household.id, person: NewMember(name: "An", birthYear: 1980, targetGroup: "nông dân"))),
                    "ConstraintViolated", ["field": .string("targetGroup")])
        // A household whose third member is wrong is not added, nor are the first two.
        let members = [NewMember(name: "Lê Văn Bình", birthYear: 1960), NewMember(name: "Lê Thị Chi", birthYear: 1962),
                       NewMember(name: "Lê Văn Dũng", birthYear: 2200)]
        Self.expect(try await registry.error("AddHousehold", AddHouseholdParameters(communityID: village.id, name: "Hộ ông Lê Văn Bình", members: members)),
                    "ConstraintViolated", ["entity": .string("person"), "field": .string("members.2.birthYear")])
        Self.expect(try await registry.error("AddHousehold", AddHouseholdParameters(
            communityID: village.id, name: "Hộ ông Lê Văn Bình", members: [NewMember(name: "Lê Văn Bình", birthYear: 1960, sex: "x")])),
                    "InvalidValue", ["field": .string("members.0.sex")])
        #expect(try await registry.call("ListHouseholds", ListHouseholdsParameters(), as: ListHouseholdsReply.self).households.map(\.id) == [household.id])
        #expect(try await registry.call("ListPeople", ListPeopleParameters(query: "le"), as: ListPeopleReply.self).people.isEmpty)

        // The same community name in another case and form is a duplicate; an empty one is refused.
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "10144", name: "THÔN ĐÔNG".decomposedStringWithCanonicalMapping)),
                    "ConstraintViolated", ["entity": .string("community"), "field": .string("name")])
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "10144", name: "")),
                    "ConstraintViolated", ["field": .string("name")])
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "1014", name: "Thôn Tây")),
                    "InvalidValue", ["field": .string("communeCode")])
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "10144", name: "Thôn Tây", kind: "hamlet")),
                    "InvalidValue", ["field": .string("kind"), "reason": .string("must be one of village, urbanBlock")])
        Self.expect(try await registry.error("AddCommunity", AddCommunityParameters(communeCode: "10144", communeAsOf: "2024-13-01", name: "Thôn Tây")),
                    "InvalidValue", ["field": .string("communeAsOf")])
        Self.expect(try await registry.error("AddUnit", AddUnitParameters(communeCode: "10144", name: "Nhà máy", kind: "factory")),
                    "InvalidValue", ["field": .string("kind")])
        Self.expect(try await registry.error("AddHousehold", AddHouseholdParameters(communityID: village.id, code: String(repeating: "9", count: 51), name: "Hộ X")),
                    "ConstraintViolated", ["entity": .string("household"), "field": .string("code")])
        Self.expect(try await registry.error("PutStaffMember", PutStaffMemberParameters(
            unitID: 1, personID: 1, role: String(repeating: "r", count: 101))),
                    "ConstraintViolated", ["entity": .string("staffMember"), "field": .string("role")])

        // Communes: a code in use, a code that is not one, a period that ends before it starts.
        Self.expect(try await registry.error("AddCommune", AddCommuneParameters(code: "10144", name: "Thanh Thùy mới")),
                    "DuplicateStatisticsCode", ["code": .string("10144")])
        Self.expect(try await registry.error("AddCommune", AddCommuneParameters(code: "1014a", name: "X")),
                    "ConstraintViolated", ["entity": .string("commune"), "field": .string("code")])
        Self.expect(try await registry.error("AddCommune", AddCommuneParameters(code: "10150", name: "X", validFrom: "2024-01-01", validUntil: "2023-01-01")),
                    "ConstraintViolated", ["field": .string("validUntil")])
        Self.expect(try await registry.error("AddCommune", AddCommuneParameters(code: "10150", name: "X", kind: "city")),
                    "InvalidValue", ["field": .string("kind")])
        Self.expect(try await registry.error("UpdateCommune", UpdateCommuneParameters(code: "10150", name: "X")),
                    "CommuneNotFound", ["code": .string("10150")])
        try await registry.addCommune("10150", "Thanh Văn")
        Self.expect(try await registry.error("UpdateCommune", UpdateCommuneParameters(code: "10150", newCode: "10144", name: "Thanh Văn")),
                    "DuplicateStatisticsCode", ["code": .string("10144")])
        Self.expect(try await registry.error("UpdateCommune", UpdateCommuneParameters(code: "10150", newCode: "101", name: "Thanh Văn")),
                    "ConstraintViolated", ["field": .string("newCode")])

        // Paging and types.
        for (limit, cursor, field) in [(0, nil, "limit"), (1001, nil, "limit"), (10, "garbage!", "cursor"), (10, "", "cursor")] as [(Int, String?, String)] {
            for method in ["ListCommunities", "ListHouseholds", "ListPeople", "ListClans", "ListUnits"] {
                Self.expect(try await registry.error(method, ListClansParameters(limit: limit, cursor: cursor)), "InvalidValue", ["field": .string(field)])
            }
            Self.expect(try await registry.error("ListStaff", ListStaffParameters(unitID: 1, limit: limit, cursor: cursor)), "InvalidValue", ["field": .string(field)])
        }
        Self.expect(try await registry.error("ListPeople", ListPeopleParameters(communeAsOf: "2024-01-01")), "InvalidValue", ["field": .string("communeAsOf")])
        for (method, json, parameter) in [
            ("AddPerson", #"{"householdID": 1, "name": "An", "birthYear": "1980"}"#, "birthYear"),
            ("AddPerson", #"{"householdID": 1, "birthYear": 1980}"#, "name"),
            ("AddPerson", #"{"householdID": "1", "name": "An", "birthYear": 1980}"#, "householdID"),
            ("AddPerson", #"{"name": "An", "birthYear": 1980, "literate": "yes"}"#, "literate"),
            ("GetPerson", #"{"id": "one"}"#, "id"),
            ("AddClanMembers", #"{"clanID": 1, "householdIDs": 1}"#, "householdIDs"),
            ("ListPeople", #"{"limit": "ten"}"#, "limit"),
        ] {
            Self.expect(try await registry.error(method, json: json), "InvalidParameter", ["parameter": .string(parameter)])
        }
        #expect(try await registry.call("GetHousehold", RecordIDParameters(id: household.id), as: HouseholdReply.self).household.members.isEmpty)
        try await RegistryRecordsEndToEndTests.stop(daemon, registry)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayListButNotWrite() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--no-sample", "--socket-mode", "0666"])
        let registry = RegistryCalls(client: try await daemon.client())
        try await registry.addCommune("10144", "Thanh Thùy")
        let village = try await registry.addCommunity("10144", "Thôn Đông")
        let frames = [
            #"{"method":"vn.khuyenhoc.Registry.ListCommunities","parameters":{}}"#,
            #"{"method":"vn.khuyenhoc.Registry.AddHousehold","parameters":{"communityID":\#(village.id),"name":"Hộ X"}}"#,
            #"{"method":"vn.khuyenhoc.Registry.UpdateCommunity","parameters":{"id":\#(village.id),"communeCode":"10144","name":"Thôn Tây"}}"#,
            #"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"10150","name":"Thanh Văn"}}"#,
        ].map { $0 + "\0" }.joined()
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(daemon.socket)"],
            input: Data(frames.utf8))
        #expect(asNobody.status == 0, "\(asNobody.stderr)")
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 4, "\(asNobody.stdout) \(asNobody.stderr)")
        #expect(replies[0].contains("Thôn Đông"))
        for reply in replies.dropFirst() { #expect(reply == #"{"error":"org.varlink.service.PermissionDenied"}"#) }
        // Nothing changed.
        let communities = try await registry.call("ListCommunities", ListCommunitiesParameters(), as: ListCommunitiesReply.self)
        #expect(communities.communities == [village])
        #expect(try await registry.call("ListHouseholds", ListHouseholdsParameters(), as: ListHouseholdsReply.self).households.isEmpty)
        #expect(try await registry.error("GetCommune", GetCommuneParameters(code: "10150"))?.name == "vn.khuyenhoc.Registry.CommuneNotFound")
        try await RegistryRecordsEndToEndTests.stop(daemon, registry)
    }
}
