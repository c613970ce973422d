import Foundation
import KhuyenHocStore

/// A small district whose report numbers are worked out by hand (ProgressReporterTests):
///
/// - Cự Khê 10120, always there: village Đồng Dưới (a1) with households h1–h4; unit uA (staff
///   p1 and p10, who lives in no household); clan kA (h1, h2).
/// - Cao Dương 10174 and Xuân Dương 10177, merged on 2024-12-01 into Cao Xuân Dương, which took
///   over 10174. Cao Dương: village b1 with h5; unit uB (staff p7 and p1). Xuân Dương: village c1
///   with h6; clan kC.
///
/// People (birth year): h1 p1 1980, p2 2012, p3 2009; h2 p4 1950; h3 p5 1990; h4 p6 1975;
/// h5 p7 1985, p8 1988; h6 p9 1970; p10 1990 (staff only). In 2024 p2 is 12 (a child), p3 is 15
/// (an adult: 2024 − 2009 = 15).
///
/// Evidence and results of 2024:
/// - families: evidence h1, h3, h6; h1 not recognised then recognised (latest counts), h2
///   recognised then not, h5 recognised, h6 two results at one instant, the later stored (id)
///   recognised.
/// - citizens: evidence p1, p4, p10; recognised p1, p3, p7, p10; not recognised p4.
/// - units: uA recognised. Clans: kA not recognised. Communities: a1 recognised.
/// And of 2023: h5 recognised.
struct ReportDistrict {
    let store: SQLiteRegistryStore
    let cuKhe: Commune, caoDuong: Commune, xuanDuong: Commune, caoXuanDuong: Commune
    let households: [Int64]
    let people: [Int64]

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    init() async throws {
        store = try SQLiteRegistryStore.inMemory()
        cuKhe = try await store.addCommune(Commune(statisticsCode: "10120", name: "Cự Khê"))
        var caoDuong = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Dương", validUntil: Self.day("2024-11-30")))
        var xuanDuong = try await store.addCommune(Commune(statisticsCode: "10177", name: "Xuân Dương"))
        caoXuanDuong = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Xuân Dương", validFrom: Self.day("2024-12-01")))
        let merged = try await store.recordMerge(of: [caoDuong.id!, xuanDuong.id!], into: caoXuanDuong.id!, on: Self.day("2024-12-01"))
        caoDuong = merged[0]
        xuanDuong = merged[1]
        self.caoDuong = caoDuong
        self.xuanDuong = xuanDuong

        let a1 = try await store.addCommunity(Community(communeID: cuKhe.id!, name: "Đồng Dưới"))
        let b1 = try await store.addCommunity(Community(communeID: caoDuong.id!, name: "Cao Dương Thượng"))
        let c1 = try await store.addCommunity(Community(communeID: xuanDuong.id!, name: "Xuân Dương Hạ"))
        let layout: [(Community, [(String, Int)])] = [
            (a1, [("Nguyễn Văn An", 1980), ("Nguyễn Thị Bình", 2012), ("Nguyễn Văn Cường", 2009)]),
            (a1, [("Trần Thị Dung", 1950)]),
            (a1, [("Lê Văn Em", 1990)]),
            (a1, [("Phạm Thị Giang", 1975)]),
            (b1, [("Đỗ Văn Hải", 1985), ("Đỗ Thị Hoa", 1988)]),
            (c1, [("Vũ Văn Khánh", 1970)]),
        ]
        var householdIDs: [Int64] = []
        var people: [Int64] = []
        for (community, members) in layout {
            let added = try await store.addHousehold(
                Household(communityID: community.id!, name: members[0].0),
                members: members.map { Person(householdID: nil, name: $0.0, birthYear: $0.1) })
            householdIDs.append(added.household.id!)
            people += added.members.map { $0.id! }
        }
        let p10 = try await store.addPerson(Person(householdID: nil, name: "Hoàng Thị Lan", birthYear: 1990))
        people.append(p10.id!)
        self.households = householdIDs
        self.people = people

        let uA = try await store.addUnit(Unit(communeID: cuKhe.id!, name: "Trường Tiểu học Cự Khê", kind: .school))
        let uB = try await store.addUnit(Unit(communeID: caoDuong.id!, name: "UBND xã Cao Dương", kind: .agency))
        for (unit, person) in [(uA, people[0]), (uA, people[9]), (uB, people[6]), (uB, people[0])] {
            _ = try await store.putStaffMember(UnitStaffMember(unitID: unit.id!, personID: person))
        }
        let kA = try await store.addClan(Clan(communeID: cuKhe.id!, name: "Họ Nguyễn"))
        try await store.addClanMembers(clanID: kA.id!, householdIDs: [households[0], households[1]])
        _ = try await store.addClan(Clan(communeID: xuanDuong.id!, name: "Họ Vũ"))

        let h = householdIDs, p = people
        for id in [h[0], h[2], h[5]] { try await evidence(.family, id) }
        for id in [p[0], p[3], p[9]] { try await evidence(.citizen, id) }
        try await result(.family, h[0], false, at: 1)
        try await result(.family, h[0], true, at: 2)
        try await result(.family, h[1], true, at: 1)
        try await result(.family, h[1], false, at: 2)
        try await result(.family, h[4], true, at: 1)
        try await result(.family, h[5], false, at: 1)
        try await result(.family, h[5], true, at: 1)
        for id in [p[0], p[2], p[6], p[9]] { try await result(.citizen, id, true, at: 1) }
        try await result(.citizen, p[3], false, at: 1)
        try await result(.unit, uA.id!, true, at: 1)
        try await result(.clan, kA.id!, false, at: 1)
        try await result(.community, a1.id!, true, at: 1)
        try await result(.family, h[4], true, at: 1, year: 2023)
    }

    func evidence(_ model: RegistryModel, _ subject: Int64, year: Int = 2024) async throws {
        _ = try await store.putEvidence(Evidence(
            model: model, subjectID: subject, year: year, facts: "{}", enteredBy: 1000, enteredAt: Self.instant(0)))
    }

    func result(_ model: RegistryModel, _ subject: Int64, _ recognized: Bool, at minute: Int, year: Int = 2024) async throws {
        _ = try await store.storeResult(StoredResult(
            model: model, subjectID: subject, year: year, rubricVersion: "2022.1", recognized: recognized,
            total: recognized ? 90 : 50, result: "{}", evaluatedAt: Self.instant(minute)))
    }

    static func instant(_ minute: Int) -> Date { Date(timeIntervalSince1970: 1_735_000_000 + Double(minute * 60)) }
}
