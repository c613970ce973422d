/// The units of every commune and their staff, drawn from the commune's working-age people.
extension SampleGenerator {
    /// What a commune has first, in this order, before any further unit is a company (or, one
    /// time in seven, a craft cooperative). Upper secondary schools are left out: they are run
    /// by the city, not the commune.
    static let firstKinds: [OrganizationKind] = [
        .peoplesCommittee, .primarySchool, .healthStation, .enterprise, .kindergarten, .lowerSecondarySchool, .cooperative,
    ]

    /// The share of a commune's people aged 18–60 out of school that its units may employ, per mille.
    static let staffSharePerMille = 150

    /// The fewest staff a unit keeps when a small commune's units shrink: enough for its
    /// shares of staff to mean something.
    static let fewestStaff = 3

    mutating func staffOrganizations() {
        var random = random(.organizations)
        let counts = Apportionment.split(scale.organizations, by: communeWeights, minimum: 1)
        var names = Set<String>()
        for (communeIndex, commune) in communes.enumerated() {
            let first = organizations.count
            var hasCooperative = false
            for position in 0..<counts[communeIndex] {
                let kind = position < Self.firstKinds.count ? Self.firstKinds[position]
                    : random.chance(perMille: 140) ? .cooperative : .enterprise
                let name = organizationName(kind, in: commune, communeIndex: communeIndex, agricultural: !hasCooperative,
                                            taken: &names, &random)
                if kind == .cooperative { hasCooperative = true }
                organizations.append(OrganizationDraft(communeIndex: communeIndex, kind: kind, name: name,
                                                       plannedStaff: Self.plannedStaff(kind, &random)))
            }
            hire(into: first..<organizations.count, communeIndex: communeIndex, &random)
        }
    }

    private func organizationName(_ kind: OrganizationKind, in commune: Commune, communeIndex: Int, agricultural: Bool,
                                  taken: inout Set<String>, _ random: inout SampleRandom) -> String {
        let place = commune.name
        switch kind {
        case .peoplesCommittee: return "Ủy ban nhân dân \(commune.kind.titleVi) \(place)"
        case .healthStation: return "Trạm Y tế \(commune.kind.titleVi) \(place)"
        case .kindergarten: return "Trường Mầm non \(place)"
        case .primarySchool: return "Trường Tiểu học \(place)"
        case .lowerSecondarySchool: return "Trường Trung học cơ sở \(place)"
        case .cooperative where agricultural: return "Hợp tác xã Dịch vụ nông nghiệp \(place)"
        case .cooperative, .enterprise:
            let villages = communities.filter { $0.communeIndex == communeIndex }.map(\.name)
            while true {
                let name = if kind == .cooperative {
                    "Hợp tác xã \(random.element(of: PlaceNames.craftCooperativeTrades)) "
                        + (commune.kind == .township ? place : random.element(of: villages))
                } else {
                    "\(PlaceNames.companyForms.draw(&random)) \(random.element(of: PlaceNames.companyTrades)) "
                        + "\(random.element(of: PlaceNames.companyFirst)) \(random.element(of: PlaceNames.companySecond))"
                }
                if taken.insert(name).inserted { return name }
            }
        }
    }

    /// Staff a unit of this kind usually has at commune level.
    private static func plannedStaff(_ kind: OrganizationKind, _ random: inout SampleRandom) -> Int {
        switch kind {
        case .peoplesCommittee: random.int(in: 18...25)
        case .healthStation: random.int(in: 6...10)
        case .kindergarten: random.int(in: 20...35)
        case .primarySchool: random.int(in: 25...45)
        case .lowerSecondarySchool: random.int(in: 22...40)
        case .cooperative: random.int(in: 5...20)
        case .enterprise:
            switch random.below(100) {
            case ..<50: random.int(in: 5...15)
            case ..<85: random.int(in: 16...40)
            default: random.int(in: 41...120)
            }
        }
    }

    /// Draws each unit's staff from the commune's people aged 18–60 out of school, at most
    /// `staffSharePerMille` of them: a small commune's units shrink in proportion, down to
    /// `fewestStaff` as far as the commune has people. Schools and the health station take the
    /// college-educated first, the People's Committee those with upper secondary school, the
    /// others everyone else first.
    private mutating func hire(into units: Range<Int>, communeIndex: Int, _ random: inout SampleRandom) {
        var pools: [[Int]] = [[], [], []]  // college or university; upper secondary; the rest
        for index in people.indices where people[index].communeIndex == communeIndex {
            let person = people[index]
            guard (18...60).contains(person.age), !person.schooling.inSchool else { continue }
            pools[person.completedLevel >= .vocational ? 0 : person.completedLevel == .upperSecondary ? 1 : 2].append(index)
        }
        for pool in pools.indices { random.shuffle(&pools[pool]) }
        let available = pools.reduce(0) { $0 + $1.count }
        let cap = available * Self.staffSharePerMille / 1000
        let planned = units.reduce(0) { $0 + organizations[$1].plannedStaff }
        // Those who need the scarcer people hire first.
        let order = units.sorted {
            (Self.hiringRank(organizations[$0].kind), $0) < (Self.hiringRank(organizations[$1].kind), $1)
        }
        for unit in order {
            let wanted = planned > cap ? max(Self.fewestStaff, organizations[unit].plannedStaff * cap / planned) : organizations[unit].plannedStaff
            let kind = organizations[unit].kind
            let preference = switch kind {
            case .peoplesCommittee: [1, 0, 2]
            case .healthStation, .kindergarten, .primarySchool, .lowerSecondarySchool: [0, 1, 2]
            case .cooperative, .enterprise: [2, 1, 0]
            }
            for pool in preference {
                while organizations[unit].staff.count < wanted, let person = pools[pool].popLast() {
                    organizations[unit].staff.append(person)
                    people[person].organizationIndex = unit
                    people[person].targetGroup = kind.staffTargetGroup
                }
            }
            precondition(!organizations[unit].staff.isEmpty, "commune \(communes[communeIndex].code) has nobody left to staff \(organizations[unit].name)")
            organizations[unit].staff.sort()
        }
    }

    private static func hiringRank(_ kind: OrganizationKind) -> Int {
        switch kind {
        case .healthStation: 0
        case .primarySchool, .lowerSecondarySchool, .kindergarten: 1
        case .peoplesCommittee: 2
        case .cooperative, .enterprise: 3
        }
    }
}
