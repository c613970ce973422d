import KhuyenHocCore
import KhuyenHocStore

/// A hand-made registry for the roll-up's unit tests, drawn out so that expectations can be
/// checked by eye:
///
/// - commune 1: community 10 (households 100, 101), community 11 (household 102);
///   clan 30 (households 100, 102); unit 40 (staff: person 1, trained; person 7, digital skills)
/// - commune 2: community 20 (household 200); clan 31 (households 200 and 101 — 101 lives in
///   commune 1); unit 41 (staff: person 6)
/// - people: 1 (household 100, born 1980, literate, farmer), 2 (100, born 2012, in school, good
///   conduct), 3 (100, born 2026: not yet born in 2024), 4 (101, born 1990), 5 (102, born 1970),
///   6 (200, born 1985), 7 (no household: staff only, born 1995)
enum RollUpFixture {
    static let layout = RegistryLayout(
        communities: [.init(id: 10, parentID: 1), .init(id: 11, parentID: 1), .init(id: 20, parentID: 2)],
        households: [.init(id: 100, parentID: 10), .init(id: 101, parentID: 10), .init(id: 102, parentID: 11), .init(id: 200, parentID: 20)],
        people: [
            .init(id: 1, householdID: 100, birthYear: 1980, targetGroup: "farmers", literate: true),
            .init(id: 2, householdID: 100, birthYear: 2012, inSchool: true, goodConduct: true),
            .init(id: 3, householdID: 100, birthYear: 2026),
            .init(id: 4, householdID: 101, birthYear: 1990),
            .init(id: 5, householdID: 102, birthYear: 1970),
            .init(id: 6, householdID: 200, birthYear: 1985),
            .init(id: 7, householdID: nil, birthYear: 1995),
        ],
        clans: [.init(id: 30, parentID: 1), .init(id: 31, parentID: 2)],
        clanHouseholds: [.init(id: 100, parentID: 30), .init(id: 102, parentID: 30), .init(id: 200, parentID: 31), .init(id: 101, parentID: 31)],
        units: [.init(id: 40, parentID: 1), .init(id: 41, parentID: 2)],
        staff: [
            .init(unitID: 40, personID: 1, trainedThisYear: true), .init(unitID: 40, personID: 7, digitalSkills: true),
            .init(unitID: 41, personID: 6),
        ])

    static let index = RegistryIndex(layout)
}
