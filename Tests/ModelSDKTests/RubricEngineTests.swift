import Testing
@testable import ModelSDK

/// The engine over every indicator kind: gates, floors, criterion floors, thresholds and grades,
/// each at its boundary, and the smallest set of improvements.
@Suite struct RubricEngineTests {
    let scorer = try! RubricFixture.scorer()

    func score(plan: Double = 20, lawful: Bool = true, inSchool: (Int, Int) = (5, 5), courses: Double = 3, partial: Bool = false,
               given: [String: IndicatorValue]? = nil) throws -> EvaluationResult {
        try scorer.score(
            given: given ?? ["plan": .number(plan), "lawful": .flag(lawful), "courses": .number(courses)],
            measured: ["childrenInSchool": .share(inSchool.0, of: inSchool.1)], givenField: "indicators", year: 2026, partial: partial)
    }

    @Test func aPerfectSubjectIsGood() throws {
        let result = try score()
        #expect(result.recognized && result.total == 100 && result.grade == "good" && result.improvements.isEmpty)
    }

    @Test(arguments: [
        // plan, courses (1 → 10 points, 3 → 30), children in school (k of 5) → total, grade
        (20.0, 3.0, 4, 90.0, "good"), (15.0, 3.0, 4, 85.0, "good"), (14.5, 3.0, 4, 84.5, "fair"),
        (20.0, 1.0, 4, 70.0, "fair"), (19.5, 1.0, 4, 69.5, nil),
    ] as [(Double, Double, Int, Double, String?)])
    func gradeBandsAndThresholdAtTheirBoundaries(plan: Double, courses: Double, children: Int, total: Double, grade: String?) throws {
        let result = try score(plan: plan, inSchool: (children, 5), courses: courses)
        #expect(result.total == total)
        #expect(result.grade == grade)
        #expect(result.recognized == (grade != nil))
    }

    @Test func aFailedGateRefusesThePerfectRest() throws {
        let result = try score(lawful: false)
        #expect(!result.recognized && result.grade == nil && result.total == 90)
        #expect(result.reasonCodes == ["gateFailed"])
        #expect(result.improvements.map(\.indicator) == ["lawful"])
    }

    @Test func floorsAtTheBoundary() throws {
        // The share floor is 20 points: 50 % earns them exactly, 40 % earns nothing.
        let exactly = try score(inSchool: (5, 10))
        #expect(exactly.criteria[1].indicators[0].meetsFloor && exactly.criteria[1].indicators[0].value == 50)
        let missed = try score(inSchool: (4, 10))
        #expect(missed.reasonCodes.contains("belowFloor"))
        #expect(missed.improvements.first { $0.indicator == "school" }?.toValue == 50)
        #expect(missed.improvements.first { $0.indicator == "school" }?.message.contains("(5 of 10, ") == true)
        // The rubric-wide floor (2) applies to the points indicator: 2 meets it, 1.5 does not.
        #expect(try score(plan: 2, courses: 3, partial: false).criteria[0].indicators[0].meetsFloor)
        #expect(try !score(plan: 1.5).criteria[0].indicators[0].meetsFloor)
    }

    @Test func criterionFloorAtTheBoundary() throws {
        // Conditions need 15: plan 5 + lawful 10 = 15 meets it; 4.5 + 10 misses it.
        #expect(try score(plan: 5).criteria[0].meetsFloor)
        let missed = try score(plan: 4.5)
        #expect(missed.reasonCodes.contains("criterionBelowFloor"))
        #expect(missed.reasons.first { $0.code == "criterionBelowFloor" }?.missingPoints == 0.5)
    }

    @Test func aShareOfNobodyDoesNotApply() throws {
        let result = try score(inSchool: (0, 0))
        let school = result.criteria[1].indicators[0]
        #expect(school.notApplicable && school.points == 40 && school.value == nil)
    }

    @Test func improvementsAreTheFewestIndicatorsThatReachTheTitle() throws {
        // 20 + 10 + 20 (3 of 5) + 10 (1 course) = 60: 10 short. Either 4 of 5 children in school
        // (+10 exactly) or 3 courses (+20) would do alone; the plan takes the one that overshoots least.
        let result = try score(inSchool: (3, 5), courses: 1)
        #expect(result.total == 60)
        #expect(result.improvements.count == 1)
        #expect(result.improvements[0].indicator == "school" && result.improvements[0].toValue == 80)
        #expect(result.improvements[0].message.contains("(4 of 5, "))
        // Plan at 1.5 is under its floor (2), and conditions then still miss their floor of 15
        // (2 + 10): the same indicator is raised further, to 5, rather than a second one changed.
        let low = try score(plan: 1.5, inSchool: (4, 5), courses: 3)
        #expect(low.improvements.map(\.indicator) == ["plan"])
        #expect(low.improvements[0].toPoints == 5)
        // Far short (12): the share must reach its floor and the plan its criterion's floor anyway;
        // raising those two further covers the rest, so courses need not change.
        let far = try score(plan: 2, inSchool: (1, 5), courses: 0)
        #expect(far.total == 12)
        #expect(far.improvements.map(\.indicator) == ["plan", "school"])
        let gained = far.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(far.total + gained >= 70)
    }

    @Test func badValuesNameTheirField() {
        #expect(throws: InvalidFacts(field: "indicators.lawful", reason: "expected true or false, got 1")) {
            try score(given: ["plan": 20, "lawful": 1, "courses": 3])
        }
        #expect(throws: InvalidFacts.self) { try score(given: ["plan": 20, "lawful": true, "courses": 2.5]) }
        #expect(throws: InvalidFacts.self) { try score(given: ["plan": 20, "lawful": true, "courses": 3, "school": 90]) }
        #expect(throws: InvalidFacts.self) { try score(given: ["plan": true, "lawful": true, "courses": 3]) }
    }

    @Test func aPartialResultSaysWhatIsMissing() throws {
        let result = try score(partial: true, given: ["plan": 20])
        #expect(!result.complete && !result.recognized)
        #expect(result.reasonCodes.first == "incomplete")
        #expect(result.criteria[0].indicators[1].assessed == false)
    }
}

extension EvaluationResult {
    var reasonCodes: [String] { reasons.map(\.code) }
}
