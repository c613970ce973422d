import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// `khuyenhoc communities|households|people|clans|units` list and show the registry's records,
/// as tables in English or Vietnamese, or as JSON.
@Suite struct RegistryRecordsCLITests {
    /// A daemon with one commune, two villages, a household of three, a clan and a school.
    static func district() async throws -> (DaemonProcess, [String]) {
        let (daemon, registry) = try await RegistryRecordsEndToEndTests.start()
        try await registry.addCommune("10144", "Thanh Thùy")
        try await registry.addCommune("10153", "Đỗ Động")
        let dong = try await registry.addCommunity("10144", "Thôn Đông")
        _ = try await registry.addCommunity("10153", "Thôn Dưới")
        let household = try await registry.addHousehold(dong.id, "Hộ ông Nguyễn Văn An", members: [
            NewMember(name: "Nguyễn Văn An", birthYear: 1970, sex: "male"),
            NewMember(name: "Đỗ Thị Bình", birthYear: 1975, sex: "female", literate: true),
            NewMember(name: "Nguyễn Văn Dũng", birthYear: 2010, inSchool: true),
        ])
        let clan = try await registry.call("AddClan", AddClanParameters(communeCode: "10144", name: "Họ Nguyễn Văn"), as: ClanReply.self).clan
        let _: NoParameters = try await registry.call("AddClanMembers", AddClanMembersParameters(clanID: clan.id, householdIDs: [household.id]))
        let school = try await registry.call(
            "AddUnit", AddUnitParameters(communeCode: "10144", name: "Trường Tiểu học Thanh Thùy", kind: "school"), as: UnitReply.self).unit
        let _: NoParameters = try await registry.call(
            "PutStaffMember", PutStaffMemberParameters(unitID: school.id, personID: household.members[1].id, role: "Hiệu trưởng", digitalSkills: true))
        await registry.client.close()
        return (daemon, ["--socket", daemon.socket])
    }

    static func run(_ arguments: [String], vietnamese: Bool = false) async throws -> ExternalCommand.Output {
        let output = try await CLITests.khuyenhoc(arguments, environment: vietnamese ? CLITests.vietnamese : CLITests.english)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return output
    }

    /// The cells of the table's rows under its header and rule.
    static func rows(_ output: ExternalCommand.Output) -> [[String]] {
        CLITests.lines(output.stdout).dropFirst(2).map(CLITests.cells)
    }

    @Test func listsAreTablesInEitherLanguage() async throws {
        let (daemon, socket) = try await Self.district()
        let communities = try await Self.run(["communities"] + socket)
        #expect(CLITests.cells(CLITests.lines(communities.stdout)[0]) == ["ID", "NAME", "KIND", "COMMUNE"])
        // Vietnamese order: D before Đ, whatever the commune.
        #expect(Self.rows(communities) == [["2", "Thôn Dưới", "village", "Đỗ Động (10153)"], ["1", "Thôn Đông", "village", "Thanh Thùy (10144)"]])
        let inThuy = try await Self.run(["communities", "--commune", "10144"] + socket, vietnamese: true)
        #expect(CLITests.cells(CLITests.lines(inThuy.stdout)[0]) == ["MÃ", "TÊN", "LOẠI", "XÃ"])
        #expect(Self.rows(inThuy) == [["1", "Thôn Đông", "thôn", "Thanh Thùy (10144)"]])

        let people = try await Self.run(["people", "nguyen van"] + socket)
        #expect(Self.rows(people) == [["1", "Nguyễn Văn An", "1970", "male", "1"], ["3", "Nguyễn Văn Dũng", "2010", "—", "1"]])
        let nguoi = try await Self.run(["people", "list", "--household", "1"] + socket, vietnamese: true)
        #expect(CLITests.cells(CLITests.lines(nguoi.stdout)[0]) == ["MÃ", "TÊN", "NĂM SINH", "GIỚI TÍNH", "HỘ"])
        #expect(Self.rows(nguoi).map { $0[1] } == ["Nguyễn Văn An", "Đỗ Thị Bình", "Nguyễn Văn Dũng"])
        #expect(Self.rows(nguoi)[1][3] == "nữ")

        // One page, then a note; --all follows the cursors to the end.
        let page = try await Self.run(["people", "--limit", "2"] + socket)
        let lines = CLITests.lines(page.stdout)
        #expect(lines.count == 5 && lines[4].hasPrefix("… more on further pages"))
        let every = try await Self.run(["people", "--limit", "2", "--all"] + socket)
        #expect(Self.rows(every).count == 3)

        #expect(Self.rows(try await Self.run(["households"] + socket)) == [["1", "—", "Hộ ông Nguyễn Văn An", "1", "3"]])
        #expect(Self.rows(try await Self.run(["clans", "ho nguyen"] + socket)) == [["1", "Họ Nguyễn Văn", "Thanh Thùy (10144)"]])
        let units = try await Self.run(["units", "--kind", "school"] + socket, vietnamese: true)
        #expect(Self.rows(units) == [["1", "Trường Tiểu học Thanh Thùy", "trường học", "Thanh Thùy (10144)"]])
        let none = try await Self.run(["units", "--commune", "10153"] + socket)
        #expect(none.stdout == "No unit matches.\n")
        try await daemon.stop()
    }

    @Test func showPrintsOneRecordWithWhatBelongsToIt() async throws {
        let (daemon, socket) = try await Self.district()
        let household = try await Self.run(["households", "show", "1"] + socket)
        #expect(CLITests.cells(try #require(CLITests.line(household.stdout, startingWith: "NAME"))) == ["NAME", "Hộ ông Nguyễn Văn An"])
        #expect(CLITests.line(household.stdout, startingWith: " 2  Đỗ Thị Bình") != nil, "\(household.stdout)")
        let person = try await Self.run(["people", "show", "2"] + socket, vietnamese: true)
        #expect(CLITests.cells(try #require(CLITests.line(person.stdout, startingWith: "BIẾT CHỮ"))) == ["BIẾT CHỮ", "có"])
        #expect(CLITests.cells(try #require(CLITests.line(person.stdout, startingWith: "GIỚI TÍNH"))) == ["GIỚI TÍNH", "nữ"])
        let clan = try await Self.run(["clans", "show", "1"] + socket, vietnamese: true)
        #expect(clan.stdout.contains("Các hộ của dòng họ:\n"))
        #expect(CLITests.line(clan.stdout, startingWith: " 1  —      Hộ ông Nguyễn Văn An") != nil, "\(clan.stdout)")
        let unit = try await Self.run(["units", "show", "1"] + socket)
        #expect(CLITests.cells(try #require(CLITests.line(unit.stdout, startingWith: " 2"))) == ["2", "Đỗ Thị Bình", "Hiệu trưởng", "no", "yes"])
        let community = try await Self.run(["communities", "show", "2"] + socket)
        #expect(CLITests.cells(try #require(CLITests.line(community.stdout, startingWith: "COMMUNE"))) == ["COMMUNE", "Đỗ Động (10153)"])

        let missing = try await CLITests.khuyenhoc(["people", "show", "99"] + socket)
        #expect(missing.status == 1)
        #expect(missing.stderr == "RecordNotFound: no person has id 99 (id)\n")
        let badLimit = try await CLITests.khuyenhoc(["households", "--limit", "0"] + socket, environment: CLITests.vietnamese)
        #expect(badLimit.status == 1 && badLimit.stderr.hasPrefix("InvalidValue: limit không hợp lệ"), "\(badLimit.stderr)")
        try await daemon.stop()
    }

    @Test func jsonIsTheRepliesWithEveryPage() async throws {
        let (daemon, socket) = try await Self.district()
        let people = try await Self.run(["people", "--json", "--limit", "1", "--all"] + socket)
        let reply = try JSONDecoder().decode(ListPeopleReply.self, from: Data(people.stdout.utf8))
        #expect(reply.people.map(\.name) == ["Nguyễn Văn An", "Đỗ Thị Bình", "Nguyễn Văn Dũng"] && reply.nextCursor == nil)
        let first = try JSONDecoder().decode(ListPeopleReply.self, from: Data(try await Self.run(["people", "--json", "--limit", "1"] + socket).stdout.utf8))
        #expect(first.people.count == 1 && first.nextCursor != nil)
        let household = try JSONDecoder().decode(HouseholdReply.self, from: Data(try await Self.run(["households", "show", "1", "--json"] + socket).stdout.utf8))
        #expect(household.household.members.map(\.birthYear) == [1970, 1975, 2010])
        let unit = try await Self.run(["units", "show", "1", "--json"] + socket)
        let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(unit.stdout.utf8))
        #expect(object["unit"]?.objectValue?["name"] == .string("Trường Tiểu học Thanh Thùy"))
        guard case .array(let staff)? = object["staff"] else {
            Issue.record("no staff in \(unit.stdout)")
            return
        }
        #expect(staff.count == 1)
        let clan = try JSONDecoder().decode([String: JSONValue].self, from: Data(try await Self.run(["clans", "show", "1", "--json"] + socket).stdout.utf8))
        guard case .array(let households)? = clan["households"] else {
            Issue.record("no households")
            return
        }
        #expect(households.count == 1)
        let missing = try await CLITests.khuyenhoc(["communities", "show", "7", "--json"] + socket)
        let error = try JSONDecoder().decode([String: JSONValue].self, from: Data(missing.stdout.utf8))
        #expect(error["error"] == .string("vn.khuyenhoc.Registry.RecordNotFound"))
        try await daemon.stop()
    }

    @Test func addPutsAHouseholdAndItsPeopleInTheRegistry() async throws {
        let (daemon, socket) = try await Self.district()
        let household = try await Self.run(
            ["add", "household", "--community", "2", "--name", "Hộ bà Trần Thị Em".decomposedStringWithCanonicalMapping, "--code", "12"] + socket)
        #expect(CLITests.cells(try #require(CLITests.line(household.stdout, startingWith: "NAME"))) == ["NAME", "Hộ bà Trần Thị Em"])
        #expect(household.stdout.contains("No members recorded."))
        let person = try await Self.run(
            ["add", "person", "--household", "2", "--name", "Trần Thị Em", "--birth-year", "1988", "--sex", "female", "--literate", "--json"] + socket)
        let added = try JSONDecoder().decode(PersonReply.self, from: Data(person.stdout.utf8)).person
        #expect(added.householdID == 2 && added.literate && !added.inSchool && added.sex == "female")
        let vietnamese = try await Self.run(["add", "person", "--household", "2", "--name", "Trần Văn Phúc", "--birth-year", "2015", "--in-school"] + socket, vietnamese: true)
        #expect(CLITests.cells(try #require(CLITests.line(vietnamese.stdout, startingWith: "ĐANG ĐI HỌC"))) == ["ĐANG ĐI HỌC", "có"])
        #expect(Self.rows(try await Self.run(["households", "--commune", "10153"] + socket)) == [["2", "12", "Hộ bà Trần Thị Em", "2", "2"]])

        let refused = try await CLITests.khuyenhoc(["add", "person", "--household", "2", "--name", "X", "--birth-year", "1850"] + socket)
        #expect(refused.status == 1)
        #expect(refused.stderr == "ConstraintViolated: field birthYear — must be a year from 1900 to 2100\n")
        let nowhere = try await CLITests.khuyenhoc(["add", "household", "--community", "9", "--name", "Hộ X"] + socket)
        #expect(nowhere.stderr == "RecordNotFound: no community has id 9 (communityID)\n")
        #expect(Self.rows(try await Self.run(["people", "--all"] + socket)).count == 5)
        try await daemon.stop()
    }
}
