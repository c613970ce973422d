/// How big a synthetic district to generate: exact totals over Thanh Oai's 21 communes.
public struct SampleScale: Sendable, Hashable {
    public let people: Int
    public let households: Int
    public let clans: Int
    /// Villages and urban blocks.
    public let communities: Int
    /// Units: agencies, schools, health stations, cooperatives, companies.
    public let organizations: Int

    /// Checks that the sizes make a district: every commune has a community and its People's
    /// Committee, every community a household, every household 1–8 people, every unit enough
    /// people to staff it, and every clan (at least two households of one name in one community)
    /// enough households to draw from.
    public init(people: Int, households: Int, clans: Int, communities: Int, organizations: Int) throws(SampleScaleError) {
        let communes = ThanhOai.communes2022.count
        guard communities >= communes else {
            throw SampleScaleError(reason: "\(communities) communities cannot cover the \(communes) communes; give at least \(communes)")
        }
        guard organizations >= communes else {
            throw SampleScaleError(reason: "\(organizations) organizations leave a commune without its People's Committee; give at least \(communes)")
        }
        guard households >= communities else {
            throw SampleScaleError(reason: "\(households) households cannot fill \(communities) communities; give at least one each")
        }
        guard (households...(8 * households)).contains(people) else {
            throw SampleScaleError(reason: "\(people) people do not fit \(households) households of 1 to 8 members")
        }
        guard organizations * 10 <= people else {
            throw SampleScaleError(reason: "\(organizations) organizations need at least \(organizations * 10) people (ten per unit) to draw their staff from; there are \(people)")
        }
        guard clans >= 0, clans * 10 <= households else {
            throw SampleScaleError(reason: "\(clans) clans need at least \(max(0, clans) * 10) households (ten per clan) to draw lineages from; there are \(households)")
        }
        self.people = people
        self.households = households
        self.clans = clans
        self.communities = communities
        self.organizations = organizations
    }

    /// The embedded default: small enough for the daemon to load at once (2,000 people, 520
    /// households, 42 communities, 42 clans, 84 units — two communities, two clans and four
    /// units per commune on average).
    public static let sample = try! SampleScale(people: 2_000, households: 520, clans: 42, communities: 42, organizations: 84)

    /// The size of a real district (DOMAIN.md §9) and of issue 4's benchmark: 200,000 people,
    /// 50,000 households, 500 clans, 200 villages, 600 units.
    public static let benchmark = try! SampleScale(people: 200_000, households: 50_000, clans: 500, communities: 200, organizations: 600)
}
