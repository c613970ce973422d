import KhuyenHocSample
import Testing

/// The presets generate exactly their sizes; sizes that cannot make a district are refused.
struct ScaleTests {
    @Test func theSamplePresetHasItsSizes() {
        let district = Fixtures.sample
        #expect(district.people.count == 2_000 && district.households.count == 520 && district.clans.count == 42)
        #expect(district.communities.count == 42 && district.organizations.count == 84)
        #expect(district.seed == 20_221_005 && district.year == 2024 && district.scale == .sample)
    }

    @Test func theBenchmarkPresetHasItsSizes() {
        let district = Fixtures.benchmark
        #expect(district.people.count == 200_000 && district.households.count == 50_000 && district.clans.count == 500)
        #expect(district.communities.count == 200 && district.organizations.count == 600)
        #expect(district.organizations.allSatisfy { !$0.staffIDs.isEmpty })
    }

    @Test func idsAreDenseFromOne() {
        let district = Fixtures.sample
        #expect(district.people.map(\.id) == Array(1...district.people.count))
        #expect(district.households.map(\.id) == Array(1...district.households.count))
        #expect(district.communities.map(\.id) == Array(1...district.communities.count))
        #expect(district.clans.map(\.id) == Array(1...district.clans.count))
        #expect(district.organizations.map(\.id) == Array(1...district.organizations.count))
        #expect(district.person(17).id == 17 && district.household(5).id == 5 && district.clan(3).id == 3)
    }

    @Test func aCustomScaleIsGeneratedExactly() throws {
        let scale = try SampleScale(people: 700, households: 180, clans: 12, communities: 25, organizations: 30)
        let district = SampleDistrict.generate(seed: 3, scale: scale)
        #expect(district.people.count == 700 && district.households.count == 180 && district.clans.count == 12)
        #expect(district.communities.count == 25 && district.organizations.count == 30)
    }

    @Test func sizesThatCannotMakeADistrictAreRefused() {
        func reason(_ people: Int, _ households: Int, _ clans: Int, _ communities: Int, _ organizations: Int) -> String? {
            do throws(SampleScaleError) {
                _ = try SampleScale(people: people, households: households, clans: clans, communities: communities,
                                    organizations: organizations)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(100, 30, 0, 20, 21)?.contains("21 communes") == true)
        #expect(reason(100, 30, 0, 21, 20)?.contains("People's Committee") == true)
        #expect(reason(100, 20, 0, 21, 21)?.contains("one each") == true)
        #expect(reason(241, 30, 0, 21, 21)?.contains("1 to 8") == true)
        #expect(reason(29, 30, 0, 21, 21) != nil)
        #expect(reason(220, 30, 0, 21, 23)?.contains("ten per unit") == true)
        #expect(reason(220, 30, 4, 21, 21)?.contains("ten per clan") == true)
        #expect(reason(220, 30, 3, 21, 21) == nil)
    }
}
