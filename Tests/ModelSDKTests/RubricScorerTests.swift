import Testing
@testable import ModelSDK

/// The scoring engine against a small rubric: threshold and floors at their boundaries.
@Suite struct RubricScorerTests {
    static let rubric = RubricDocument(
        model: "test", version: "1",
        basis: RubricBasis(decision: "1/QĐ", date: "2022-07-28", status: .provisional, source: "test"),
        recognition: RecognitionRule(minimumTotal: 16, indicatorFloor: 5),
        variants: [RubricVariant(id: "only", title: "Only", titleVi: "Duy nhất", criteria: [
            Criterion(id: "c1", title: "One", titleVi: "Một", indicators: [
                Indicator(id: "a", title: "A", titleVi: "A", maxPoints: 10),
                Indicator(id: "b", title: "B", titleVi: "B", maxPoints: 10, floor: 2),
            ]),
        ])])

    var scorer: RubricScorer { RubricScorer(rubric: try! Self.rubric.rubric(variant: nil)) }

    @Test(arguments: [
        (["a": 8.0, "b": 8.0], true, 16.0),   // exactly at the threshold
        (["a": 8.0, "b": 7.5], false, 15.5),  // just under
        (["a": 5.0, "b": 10.0], false, 15.0), // floor met exactly, total short
        (["a": 10.0, "b": 6.0], true, 16.0),
        (["a": 4.9, "b": 10.0], false, 14.9), // floor just missed
        (["a": 10.0, "b": 2.0], false, 12.0), // an indicator's own floor, met
    ])
    func boundaries(points: [String: Double], recognized: Bool, total: Double) throws {
        let result = try scorer.score(given: points.mapValues { .number($0) }, year: 2026)
        #expect(result.recognized == recognized)
        #expect(result.total == total)
        #expect(result.maxTotal == 20)
    }

    @Test func aPerfectTotalWithAnIndicatorUnderItsFloorIsRefusedWithBothReasons() throws {
        let rubric = RubricDocument(
            model: "test", version: "1", basis: Self.rubric.basis,
            recognition: RecognitionRule(minimumTotal: 10, indicatorFloor: 5), variants: Self.rubric.variants)
        let result = try RubricScorer(rubric: rubric.rubric(variant: "only")).score(given: ["a": 4, "b": 10], year: nil)
        #expect(!result.recognized)
        #expect(result.reasons.map(\.code) == ["belowFloor"])
        #expect(result.reasons[0].indicator == "a")
        #expect(result.reasons[0].missingPoints == 1)
        #expect(result.reasons[0].messageVi.contains("thiếu 1 điểm"))
    }

    @Test func explainsHowFarTheTotalIsShort() throws {
        let result = try scorer.score(given: ["a": 6, "b": 6], year: nil)
        #expect(result.reasons.count == 1)
        #expect(result.reasons[0].code == "belowThreshold")
        #expect(result.reasons[0].missingPoints == 4)
        #expect(result.reasons[0].message == "The total of 12 points is 4 short of the 16 the title needs.")
    }

    @Test(arguments: [
        (["a": 8.0], "scores.b", "missing"),
        (["a": 8.0, "b": 8.0, "c": 1.0], "scores.c", "not an indicator"),
        (["a": 11.0, "b": 8.0], "scores.a", "outside 0…10"),
        (["a": -0.5, "b": 8.0], "scores.a", "outside 0…10"),
        (["a": .infinity, "b": 8.0], "scores.a", "outside"),
        (["a": .nan, "b": 8.0], "scores.a", "outside"),
    ])
    func refusesPointsItCannotScore(points: [String: Double], field: String, reason: String) {
        #expect {
            try scorer.score(given: points.mapValues { .number($0) }, year: nil)
        } throws: { error in
            guard let invalid = error as? InvalidFacts else { return false }
            return invalid.field == field && invalid.reason.contains(reason)
        }
    }

    @Test func resolvesVariants() throws {
        #expect(throws: InvalidFacts.self) { try Self.rubric.rubric(variant: "other") }
        #expect(try Self.rubric.rubric(variant: nil).variant == "only")
    }
}
