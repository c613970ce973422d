import KhuyenHocSample
import Testing

/// The real part of the sample: Thanh Oai's communes, codes and the recorded merge.
struct ThanhOaiTests {
    /// DOMAIN.md §7, verbatim.
    static let expected: [(String, String, CommuneKind)] = [
        ("10114", "Kim Bài", .township), ("10120", "Cự Khê", .commune), ("10126", "Bích Hòa", .commune),
        ("10129", "Mỹ Hưng", .commune), ("10132", "Cao Viên", .commune), ("10135", "Bình Minh", .commune),
        ("10138", "Tam Hưng", .commune), ("10141", "Thanh Cao", .commune), ("10144", "Thanh Thùy", .commune),
        ("10147", "Thanh Mai", .commune), ("10150", "Thanh Văn", .commune), ("10153", "Đỗ Động", .commune),
        ("10156", "Kim An", .commune), ("10159", "Kim Thư", .commune), ("10162", "Phương Trung", .commune),
        ("10165", "Tân Ước", .commune), ("10168", "Dân Hòa", .commune), ("10171", "Liên Châu", .commune),
        ("10174", "Cao Dương", .commune), ("10177", "Xuân Dương", .commune), ("10180", "Hồng Dương", .commune),
    ]

    @Test func theTwentyOneCommunesOf2022WithTheirCodes() {
        let communes = ThanhOai.communes2022
        #expect(communes.count == 21)
        // Compared by scalars, so an NFD spelling here or there would fail.
        #expect(communes.map { [$0.code] + $0.name.unicodeScalars.map { String($0.value) } }
            == Self.expected.map { [$0.0] + $0.1.unicodeScalars.map { String($0.value) } })
        #expect(communes.map(\.kind) == Self.expected.map(\.2))
        #expect(communes.allSatisfy { $0.districtCode == "278" && !$0.synthetic && $0.validFrom == nil })
        #expect(Set(communes.map(\.code)).count == 21)
        #expect(communes.allSatisfy { Fixtures.isNFC($0.name) && Fixtures.isNFC($0.fullName) })
        #expect(communes[0].fullName == "Thị trấn Kim Bài" && communes[1].fullName == "Xã Cự Khê")
        #expect(ThanhOai.districtCode == "278" && ThanhOai.districtName == "Thanh Oai")
    }

    @Test func caoDuongAndXuanDuongMergeIntoCaoXuanDuong() {
        let merge = ThanhOai.merge
        #expect(merge.predecessors == ["10174", "10177"] && merge.successor == "10174")
        #expect(merge.effective == CalendarDate(2024, 12, 1) && merge.effectiveDateAssumed)
        #expect(merge.basis.contains("Assumed") && merge.basis.contains("2024-12-01"))
        let merged = ThanhOai.communes2022.filter { $0.mergedInto != nil }
        #expect(merged.map(\.name) == ["Cao Dương", "Xuân Dương"])
        #expect(merged.allSatisfy { $0.mergedInto == "10174" && $0.validUntil == CalendarDate(2024, 11, 30) })
        let successor = ThanhOai.caoXuanDuong
        #expect(successor.name == "Cao Xuân Dương" && successor.code == "10174" && successor.kind == .commune)
        #expect(successor.validFrom == merge.effective && successor.validUntil == nil && !successor.synthetic)
        #expect(ThanhOai.allCommunes.count == 22)
    }

    @Test func theCommunesOfADayFollowTheMerge() {
        let before = ThanhOai.communes(on: CalendarDate(2024, 11, 30))
        let after = ThanhOai.communes(on: CalendarDate(2024, 12, 1))
        #expect(before.count == 21 && before.map(\.name).contains("Cao Dương") && !before.map(\.name).contains("Cao Xuân Dương"))
        #expect(after.count == 20 && after.map(\.name).contains("Cao Xuân Dương") && !after.map(\.name).contains("Xuân Dương"))
        // A reused code is never in force twice on one day.
        #expect(Set(after.map(\.code)).count == after.count && Set(before.map(\.code)).count == before.count)
    }

    @Test func calendarDates() {
        #expect(CalendarDate(2024, 12, 1).previousDay == CalendarDate(2024, 11, 30))
        #expect(CalendarDate(2024, 3, 1).previousDay == CalendarDate(2024, 2, 29))
        #expect(CalendarDate(2023, 3, 1).previousDay == CalendarDate(2023, 2, 28))
        #expect(CalendarDate(2025, 1, 1).previousDay == CalendarDate(2024, 12, 31))
        #expect(CalendarDate(2024, 2, 9).description == "2024-02-09")
        #expect(CalendarDate(2024, 11, 30) < CalendarDate(2024, 12, 1) && CalendarDate(2023, 12, 31) < CalendarDate(2024, 1, 1))
    }

    @Test func theDistrictCarriesTheRealCommunesAndTheMerge() {
        let district = Fixtures.sample
        #expect(district.communes == ThanhOai.allCommunes)
        #expect(district.merges == [ThanhOai.merge])
        // The population lives in the 21 communes of 2022, every one of them.
        let codes = Set(ThanhOai.communes2022.map(\.code))
        #expect(Set(district.communities.map(\.communeCode)) == codes)
        #expect(Set(district.households.map(\.communeCode)) == codes)
        #expect(Set(district.organizations.filter { $0.kind == .peoplesCommittee }.map(\.communeCode)) == codes)
    }
}
