/// The people of every household: names, ages, schooling, literacy and conduct.
extension SampleGenerator {
    /// Highest level completed by adults no longer in school, per mille, by birth cohort
    /// (none, primary, lower secondary, upper secondary, vocational, university): each
    /// generation stayed longer at school than the one before.
    static let completedByCohort: [(bornBefore: Int, table: WeightedTable<EducationLevel>)] = [
        (1950, levels(150, 300, 350, 130, 40, 30)),
        (1965, levels(40, 160, 420, 230, 80, 70)),
        (1980, levels(10, 70, 380, 300, 120, 120)),
        (1995, levels(5, 25, 220, 400, 150, 200)),
        (Int.max, levels(2, 10, 110, 430, 170, 278)),
    ]

    private static func levels(_ weights: Int...) -> WeightedTable<EducationLevel> {
        WeightedTable(Array(zip(EducationLevel.allCases, weights)))
    }

    mutating func populate() {
        var random = random(.people)
        people.reserveCapacity(scale.people)
        for householdIndex in households.indices {
            let household = households[householdIndex]
            let members = Self.plan(size: household.size, &random)
            let lineName = VietnameseNames.familyNames.draw(&random)
            households[householdIndex].lineName = lineName
            for member in members {
                let birthYear = year - member.age
                let familyName = member.ofLine ? lineName : VietnameseNames.familyNames.draw(&random)
                let (middle, given) = VietnameseNames.middleAndGiven(member.sex, bornIn: birthYear, &random)
                var person = PersonDraft(
                    householdIndex: householdIndex, communeIndex: household.communeIndex, role: member.role,
                    familyName: familyName, middleName: middle, givenName: given, sex: member.sex,
                    birthYear: birthYear, age: member.age)
                school(&person, &random)
                people.append(person)
            }
        }
    }

    /// Schooling this year and the level completed, by age; literacy, conduct and results.
    private func school(_ person: inout PersonDraft, _ random: inout SampleRandom) {
        let age = person.age
        switch age {
        case ..<3:
            break
        case 3...5:
            if random.chance(perMille: 920) { person.schooling = .kindergarten }
        case 6...10:
            if random.chance(perMille: 995) { person.schooling = .primary }
        case 11...14:
            person.completedLevel = .primary
            if random.chance(perMille: 980) { person.schooling = .lowerSecondary }
        case 15...17:
            let draw = random.below(1000)
            if draw < 780 {
                person.schooling = .upperSecondary
                person.completedLevel = .lowerSecondary
            } else if draw < 900 {
                person.schooling = .vocational
                person.completedLevel = .lowerSecondary
            } else {
                person.completedLevel = random.chance(perMille: 750) ? .lowerSecondary : .primary
            }
        case 18...22:
            let draw = random.below(1000)
            if draw < 300 {
                person.schooling = .university
                person.completedLevel = .upperSecondary
            } else if draw < 450 {
                person.schooling = .vocational
                person.completedLevel = random.chance(perMille: 700) ? .upperSecondary : .lowerSecondary
            } else {
                person.completedLevel = random.chance(perMille: 650) ? .upperSecondary
                    : random.chance(perMille: 850) ? .lowerSecondary : .primary
            }
        default:
            person.completedLevel = Self.completedByCohort.first { person.birthYear < $0.bornBefore }!.table.draw(&random)
        }
        person.literate = switch age {
        case ..<7: false
        case 7...14: person.schooling.inSchool || random.chance(perMille: 500)
        default: person.completedLevel >= .primary || random.chance(perMille: 400)
        }
        person.goodConduct = age >= 6 && random.chance(perMille: 940)
        person.resultsAverageOrBetter = person.schooling.hasResults && random.chance(perMille: 950)
    }
}
