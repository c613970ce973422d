import Foundation
import KhuyenHocStore

/// A small registry written to a state folder before the daemon starts (`--no-sample`):
///
/// - Cự Khê 10120: village Đồng Dưới with three households (h1: an adult of 1980 and a child of
///   2015; h2: one adult of 1960; h3: one adult of 1990), unit Trường Tiểu học Cự Khê with the
///   first adult on its staff.
/// - Cao Dương 10174 (until 2024-11-30) with village Thượng and one household (an adult of 1985);
///   Xuân Dương 10177 with village Hạ and one household (an adult of 1970); Cao Xuân Dương, which
///   takes over 10174 from 2024-12-01. The merge itself is not recorded: the tests record it.
///
/// 2024: family results h1 recognised, h2 not; evidence for h1 and h3; citizen results: the
/// 1980 adult recognised. Cao Dương's household recognised in 2023 and in 2025.
enum ReportRegistry {
    static func write(to stateDirectory: String) async throws {
        try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        let store = try SQLiteRegistryStore(path: "\(stateDirectory)/registry.sqlite")
        let cuKhe = try await store.addCommune(Commune(statisticsCode: "10120", name: "Cự Khê"))
        let caoDuong = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Dương", validUntil: CalendarDate("2024-11-30")))
        let xuanDuong = try await store.addCommune(Commune(statisticsCode: "10177", name: "Xuân Dương"))
        _ = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Xuân Dương", validFrom: CalendarDate("2024-12-01")))
        let village = try await store.addCommunity(Community(communeID: cuKhe.id!, name: "Đồng Dưới"))
        let thuong = try await store.addCommunity(Community(communeID: caoDuong.id!, name: "Thượng"))
        let ha = try await store.addCommunity(Community(communeID: xuanDuong.id!, name: "Hạ"))
        func household(_ community: Community, _ members: [(String, Int)]) async throws -> HouseholdWithMembers {
            try await store.addHousehold(
                Household(communityID: community.id!, name: members[0].0),
                members: members.map { Person(householdID: nil, name: $0.0, birthYear: $0.1) })
        }
        let h1 = try await household(village, [("Nguyễn Văn An", 1980), ("Nguyễn Thị Bé", 2015)])
        let h2 = try await household(village, [("Trần Thị Dung", 1960)])
        let h3 = try await household(village, [("Lê Văn Em", 1990)])
        let h4 = try await household(thuong, [("Đỗ Văn Hải", 1985)])
        _ = try await household(ha, [("Vũ Văn Khánh", 1970)])
        let school = try await store.addUnit(Unit(communeID: cuKhe.id!, name: "Trường Tiểu học Cự Khê", kind: .school))
        _ = try await store.putStaffMember(UnitStaffMember(unitID: school.id!, personID: h1.members[0].id!))
        let instant = Date(timeIntervalSince1970: 1_735_000_000)
        func result(_ model: RegistryModel, _ id: Int64, _ recognized: Bool, _ year: Int = 2024) async throws {
            _ = try await store.storeResult(StoredResult(
                model: model, subjectID: id, year: year, rubricVersion: "2022.1", recognized: recognized, total: 80,
                result: "{}", evaluatedAt: instant))
        }
        for household in [h1, h3] {
            _ = try await store.putEvidence(Evidence(
                model: .family, subjectID: household.household.id!, year: 2024, facts: "{}", enteredBy: 0, enteredAt: instant))
        }
        try await result(.family, h1.household.id!, true)
        try await result(.family, h2.household.id!, false)
        try await result(.citizen, h1.members[0].id!, true)
        try await result(.family, h4.household.id!, true, 2023)
        try await result(.family, h4.household.id!, true, 2025)
        try store.close()
    }
}
