/// Who lives in a household of a given size: a person alone, a couple, a couple with children,
/// a parent alone with children, or three generations with the head's parents.
extension SampleGenerator {
    /// Husband's age minus wife's, in years, weighted: husbands are mostly 1–4 years older.
    static let spouseGaps = WeightedTable<Int>([(-2, 5), (-1, 5), (0, 10), (1, 15), (2, 20), (3, 18), (4, 12), (5, 8), (6, 4), (7, 3)])

    /// Chance per mille that a household of this size (index) has three generations.
    static let threeGenerationPerMille = [0, 0, 0, 100, 250, 500, 750, 950, 950]

    static let oldestAge = 98

    static func plan(size: Int, _ random: inout SampleRandom) -> [MemberPlan] {
        switch size {
        case 1:
            if random.chance(perMille: 600) {
                let sex: Sex = random.chance(perMille: 700) ? .female : .male
                return [MemberPlan(role: .head, sex: sex, age: random.int(in: 62...92), ofLine: true)]
            }
            let sex: Sex = random.chance(perMille: 550) ? .male : .female
            return [MemberPlan(role: .head, sex: sex, age: random.int(in: 22...59), ofLine: true)]
        case 2:
            let kind = random.below(100)
            if kind < 45 { return couple(husbandAge: random.int(in: 58...85), &random) }
            if kind < 80 { return couple(husbandAge: random.int(in: 22...35), &random) }
            return singleParent(children: 1, &random)
        default:
            let threeGenerations = size >= 7 || random.chance(perMille: threeGenerationPerMille[size])
            if threeGenerations {
                let grandparents = size == 8 || (size >= 5 && random.chance(perMille: 600)) ? 2 : 1
                return family(children: size - 2 - grandparents, grandparents: grandparents, &random)
            }
            if size <= 4 && random.chance(perMille: 70) {
                return singleParent(children: size - 1, &random)
            }
            return family(children: size - 2, grandparents: 0, &random)
        }
    }

    private static func couple(husbandAge: Int, _ random: inout SampleRandom) -> [MemberPlan] {
        let wifeAge = max(18, husbandAge - spouseGaps.draw(&random))
        return [MemberPlan(role: .head, sex: .male, age: husbandAge, ofLine: true),
                MemberPlan(role: .spouse, sex: .female, age: wifeAge, ofLine: false)]
    }

    /// A widowed or divorced parent heading the household; the children carry their father's
    /// name, which is the line's; a mother heading it keeps her own.
    private static func singleParent(children: Int, _ random: inout SampleRandom) -> [MemberPlan] {
        let sex: Sex = random.chance(perMille: 700) ? .female : .male
        let ages = childAges(children, random.int(in: 0...18), &random)
        let parentAge = min(75, ages.first! + random.int(in: 20...30))
        return [MemberPlan(role: .head, sex: sex, age: parentAge, ofLine: sex == .male)]
            + ages.map { MemberPlan(role: .child, sex: childSex(&random), age: $0, ofLine: true) }
    }

    /// A couple with `children` and, for three generations, the husband's parents (one or both).
    private static func family(children: Int, grandparents: Int, _ random: inout SampleRandom) -> [MemberPlan] {
        var wifeAge: Int
        var ages: [Int] = []
        if children > 0 {
            let youngest = random.int(in: 0...(grandparents > 0 ? 12 : 18))
            ages = childAges(children, youngest, &random)
            wifeAge = ages.first! + random.int(in: 20...29)
            if wifeAge > 62 {
                ages = ages.map { max(0, $0 - (wifeAge - 62)) }
                wifeAge = 62
            }
        } else {
            wifeAge = random.int(in: 22...45)
        }
        let husbandAge = max(20, wifeAge + spouseGaps.draw(&random))
        var members = [MemberPlan(role: .head, sex: .male, age: husbandAge, ofLine: true),
                       MemberPlan(role: .spouse, sex: .female, age: wifeAge, ofLine: false)]
        if grandparents > 0 {
            let fatherAge = min(oldestAge, husbandAge + random.int(in: 22...34))
            let motherAge = min(oldestAge, max(husbandAge + 18, fatherAge - spouseGaps.draw(&random)))
            if grandparents == 2 {
                members.append(MemberPlan(role: .parent, sex: .male, age: fatherAge, ofLine: true))
                members.append(MemberPlan(role: .parent, sex: .female, age: motherAge, ofLine: false))
            } else if random.chance(perMille: 700) {
                // Widows outlive widowers.
                members.append(MemberPlan(role: .parent, sex: .female, age: motherAge, ofLine: false))
            } else {
                members.append(MemberPlan(role: .parent, sex: .male, age: fatherAge, ofLine: true))
            }
        }
        members += ages.map { MemberPlan(role: .child, sex: childSex(&random), age: $0, ofLine: true) }
        return members
    }

    /// Ages of `count` children, the eldest first, two to five years apart, the youngest `youngest`.
    private static func childAges(_ count: Int, _ youngest: Int, _ random: inout SampleRandom) -> [Int] {
        var ages = [youngest]
        for _ in 1..<max(1, count) { ages.append(ages.last! + random.int(in: 2...5)) }
        return Array(ages.prefix(count).reversed())
    }

    /// The sex ratio at birth in the Red River delta leans to boys (about 111 to 100).
    private static func childSex(_ random: inout SampleRandom) -> Sex {
        random.chance(perMille: 526) ? .male : .female
    }
}
