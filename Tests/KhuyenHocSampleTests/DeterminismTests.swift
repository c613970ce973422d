@testable import KhuyenHocSample
import Testing

/// The same seed gives the same district, on every machine and Swift version; another seed
/// gives another.
struct DeterminismTests {
    /// The digest of the embedded default (seed 20221005, sample scale, 2024). It changes only
    /// when the generator does; a change here changes the district every first run shows, so
    /// update it deliberately and say so in the commit.
    static let embeddedDigest = "706aeeb8b462644a"

    @Test func theSameSeedGivesTheSameDistrict() {
        let again = SampleDistrict.generate(seed: SampleDistrict.defaultSeed, scale: .sample)
        #expect(again.canonicalText == Fixtures.sample.canonicalText)
        #expect(again.digest == Fixtures.sample.digest)
        #expect(SampleDistrict.embedded.digest == Fixtures.sample.digest)
    }

    @Test func theEmbeddedDefaultIsPinned() {
        #expect(Fixtures.sample.digest.description == Self.embeddedDigest)
    }

    @Test(arguments: [UInt64(0), 1, 7, 20_221_006, .max])
    func anotherSeedGivesAnotherDistrict(seed: UInt64) {
        let other = SampleDistrict.generate(seed: seed, scale: .sample)
        #expect(other.digest != Fixtures.sample.digest)
        // Different, yet the same size: only the draws change.
        #expect(other.people.count == 2_000 && other.households.count == 520 && other.clans.count == 42)
        #expect(other.people.map(\.fullName) != Fixtures.sample.people.map(\.fullName))
    }

    /// The year is part of the district; the layout, drawn from its own stream, is not touched.
    @Test func anotherYearIsAnotherDistrictOnTheSameLayout() {
        let later = SampleDistrict.generate(year: 2025)
        #expect(later.year == 2025 && later.digest != Fixtures.sample.digest)
        #expect(later.communities.map(\.fullName) == Fixtures.sample.communities.map(\.fullName))
        #expect(later.households.map(\.memberIDs) == Fixtures.sample.households.map(\.memberIDs))
    }

    @Test func theCanonicalTextHasALinePerRecord() {
        let district = Fixtures.sample
        var lines: [String] = []
        district.canonicalLines { lines.append($0) }
        #expect(lines.count == 1 + district.communes.count + district.merges.count + district.communities.count
            + district.households.count + district.people.count + district.clans.count + district.organizations.count)
        #expect(lines[1] == "commune|10114|Kim Bài|township|278|-|-|-")
        #expect(lines.contains("commune|10174|Cao Dương|commune|278|-|2024-11-30|10174"))
        #expect(lines.contains("merge|10174,10177|10174|2024-12-01|assumed"))
        #expect(district.canonicalText == lines.map { $0 + "\n" }.joined())
    }

    /// SplitMix64's published first outputs for seed 0.
    @Test func splitMixMatchesItsReference() {
        var mixer = SplitMix64(seed: 0)
        #expect([mixer.next(), mixer.next(), mixer.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    /// xoshiro256**'s reference outputs from the state (1, 2, 3, 4).
    @Test func xoshiroMatchesItsReference() {
        var random = SampleRandom(state: (1, 2, 3, 4))
        let outputs = (0..<10).map { _ in random.next() }
        #expect(outputs == [
            11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
            607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
            10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
        ])
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var random = SampleRandom(seed: 42, stream: 1)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7_000 { seen[random.below(7)] += 1 }
        #expect(seen.allSatisfy { (850...1150).contains($0) })
        var items = Array(0..<50)
        random.shuffle(&items)
        #expect(items.sorted() == Array(0..<50) && items != Array(0..<50))
        #expect((0..<1000).allSatisfy { _ in (-6...6).contains(random.bell(spread: 2, count: 3)) })
    }

    /// FNV-1a 64's published values: the empty text and "a".
    @Test func theDigestIsFNV1a() {
        var digest = SampleDigest()
        #expect(digest.description == "cbf29ce484222325")
        digest.add("a")
        #expect(digest.value == 0xAF63_DC4C_8601_EC8C && digest.description == "af63dc4c8601ec8c")
    }
}
