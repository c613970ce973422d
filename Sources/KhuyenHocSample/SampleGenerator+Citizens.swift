/// Every adult's Learning Citizen form and self-assessment, and the learning flags the family and
/// unit models read (studied, trained, digital skills).
///
/// A person's ten points scatter around a level of their own (in tenths of a point per indicator)
/// set by the form, their schooling, their age and their household's engagement; interactive
/// tools come harder with age, and some people have one weak indicator (a farmer who does not
/// use online public services). Tuned so that the pass rates under the citizen rule (80 points
/// in total, no indicator under 5) land inside the pilots' ranges (DOMAIN.md §3): farmers
/// 43–70 %, workers 65–83 %, officials 87–92 %.
extension SampleGenerator {
    /// People of 15 to this age out of school self-assess; older people do not.
    static let oldestSelfAssessing = 75

    /// A form's level, in tenths of a point per indicator.
    static func baseLevel(_ group: TargetGroup) -> Int {
        switch group {
        case .farmers: 84
        case .workers: 86
        case .officials: 88
        }
    }

    /// The chance per mille of one weak indicator (2–4 points).
    static func weakSpotPerMille(_ group: TargetGroup) -> Int {
        switch group {
        case .farmers: 140
        case .workers: 80
        case .officials: 30
        }
    }

    static func educationBonus(_ level: EducationLevel) -> Int {
        switch level {
        case .none: -8
        case .primary: -5
        case .lowerSecondary: -2
        case .upperSecondary: 0
        case .vocational: 2
        case .university: 4
        }
    }

    mutating func assessCitizens() {
        var random = random(.citizens)
        for index in people.indices {
            var person = people[index]
            let engagement = households[person.householdIndex].engagement
            if person.age >= 15 {
                if !person.schooling.inSchool && person.age <= Self.oldestSelfAssessing {
                    let group = person.targetGroup ?? Self.targetGroup(of: person, township: communes[person.communeIndex].kind == .township, &random)
                    person.targetGroup = group
                    let level = Self.baseLevel(group) + Self.educationBonus(person.completedLevel)
                        + (person.age >= 70 ? -8 : person.age >= 60 ? -4 : 0) + engagement / 2 + random.bell(spread: 6, count: 3)
                    let scores = Self.scores(level: level, age: person.age, group: group, &random)
                    person.scores = scores
                    let interactive = scores[4] + scores[5] + scores[6] + scores[7]
                    person.digitalSkills = interactive >= 26
                    person.studiedThisYear = random.chance(perMille: min(950, max(100, 350 + (level - 70) * 15)))
                } else {
                    person.digitalSkills = person.schooling.inSchool || random.chance(perMille: 150)
                    person.studiedThisYear = person.schooling.inSchool || random.chance(perMille: 150)
                }
                if person.age >= 18 && !person.schooling.inSchool {
                    let trainedPerMille = switch person.organizationIndex.map({ organizations[$0].kind }) {
                    case .some(let kind) where kind.isPublic: 850
                    case .some(.enterprise): 600
                    case .some: 450
                    case .none: person.targetGroup == nil ? 20 : 200
                    }
                    person.trainedThisYear = random.chance(perMille: trainedPerMille)
                    if person.trainedThisYear { person.studiedThisYear = true }
                }
            }
            people[index] = person
        }
    }

    /// The form of someone not on a unit's staff: officials working outside the commune for
    /// some graduates, else workers or farmers, more often workers when young, schooled or in
    /// the township.
    private static func targetGroup(of person: PersonDraft, township: Bool, _ random: inout SampleRandom) -> TargetGroup {
        if person.completedLevel == .university && person.age <= 60 && random.chance(perMille: 250) { return .officials }
        var workers = switch person.age {
        case ..<30: 600
        case ..<45: 500
        case ..<60: 300
        default: 80
        }
        if township { workers += 200 }
        if person.completedLevel >= .vocational { workers += 150 }
        return random.chance(perMille: workers) ? .workers : .farmers
    }

    /// Ten points around `level`: each indicator with its own noise, interactive tools lower
    /// after 55, and perhaps one weak spot.
    private static func scores(level: Int, age: Int, group: TargetGroup, _ random: inout SampleRandom) -> CitizenScores {
        var points: [Int] = []
        points.reserveCapacity(10)
        for indicator in 0..<10 {
            var value = level + random.bell(spread: 8, count: 2)
            if (4...7).contains(indicator) && age > 55 { value -= (age - 55) / 2 }
            points.append(min(10, max(0, (value + 5) / 10)))
        }
        if random.chance(perMille: weakSpotPerMille(group)) {
            points[random.below(10)] = random.int(in: 2...4)
        }
        return CitizenScores(points)
    }
}
