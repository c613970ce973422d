/// Thanh Oai district with a generated population: the daemon's embedded default, and the
/// benchmark's district.
///
/// **What is real**: the communes, their statistics codes and the recorded merge (`ThanhOai`).
/// **What is synthetic** (every record says `synthetic: true`): the communities, households,
/// people, clans, organizations and every score. They are generated from `seed` by the sample's
/// own generator (xoshiro256**, integer arithmetic only), so the same seed and scale give the
/// same district, record for record, on every machine and every Swift version; `digest`
/// fingerprints it.
///
/// ```swift
/// let district = SampleDistrict.generate()                      // the embedded default
/// let big = SampleDistrict.generate(scale: .benchmark)          // 200,000 people
/// let other = SampleDistrict.generate(seed: 7, scale: .sample)  // another district, same size
/// ```
///
/// The population lives in the 21 communes of 2022 (Cao Dương and Xuân Dương still apart);
/// `merges` says where those two went. Ids are dense from 1 in each list, so the record with id
/// `n` is at index `n - 1` (`person(_:)` and the like).
public struct SampleDistrict: SampleRecord {
    /// The seed of the embedded default: 2022-10-05, the day Thanh Oai's associations were
    /// trained on the five models (the seed article).
    public static let defaultSeed: UInt64 = 20_221_005
    /// The year the district is assessed in: 2024, the last full year of Thanh Oai district
    /// (districts were abolished on 1 July 2025, DOMAIN.md §7).
    public static let defaultYear = 2024

    /// The embedded default: `generate()` once, on first use.
    public static let embedded = generate()

    public let seed: UInt64
    public let scale: SampleScale
    /// The year ages, schooling and every assessment refer to.
    public let year: Int
    /// Real: the 21 communes of 2022, then xã Cao Xuân Dương (`ThanhOai.allCommunes`).
    public let communes: [Commune]
    /// Real: the merge of Cao Dương and Xuân Dương.
    public let merges: [CommuneMerge]
    public let communities: [Community]
    public let households: [Household]
    public let people: [Person]
    public let clans: [Clan]
    public let organizations: [Organization]

    init(seed: UInt64, scale: SampleScale, year: Int, communities: [Community], households: [Household], people: [Person],
         clans: [Clan], organizations: [Organization]) {
        self.seed = seed
        self.scale = scale
        self.year = year
        communes = ThanhOai.allCommunes
        merges = [ThanhOai.merge]
        self.communities = communities
        self.households = households
        self.people = people
        self.clans = clans
        self.organizations = organizations
    }

    /// Generates the district for `seed` at `scale`, assessed in `year`.
    public static func generate(seed: UInt64 = defaultSeed, scale: SampleScale = .sample, year: Int = defaultYear) -> SampleDistrict {
        var generator = SampleGenerator(seed: seed, scale: scale, year: year)
        return generator.generate()
    }

    /// The person with `id`.
    public func person(_ id: Int) -> Person { people[id - 1] }
    /// The household with `id`.
    public func household(_ id: Int) -> Household { households[id - 1] }
    /// The community with `id`.
    public func community(_ id: Int) -> Community { communities[id - 1] }
    /// The clan with `id`.
    public func clan(_ id: Int) -> Clan { clans[id - 1] }
    /// The organization with `id`.
    public func organization(_ id: Int) -> Organization { organizations[id - 1] }

    /// The population is synthetic, so the district as a whole is: `true`. (Its communes are
    /// real and say so.)
    public var synthetic: Bool { true }
}
