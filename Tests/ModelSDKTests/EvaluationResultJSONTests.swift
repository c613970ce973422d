import Foundation
import Testing
@testable import ModelSDK

/// The hand-written result JSON decodes to the same value as the Codable one.
@Suite struct EvaluationResultJSONTests {
    @Test func roundTripsThroughJSONDecoder() throws {
        let rubric = try RubricScorerTests.rubric.rubric(variant: nil)
        for points in [["a": 8.0, "b": 8.0], ["a": 4.5, "b": 1.25], ["a": 0, "b": 10]] {
            var result = try RubricScorer(rubric: rubric).score(given: points.mapValues { .number($0) }, year: points["a"] == 0 ? nil : 2026)
            result.grade = "Khá \"quoted\" \\ back\nslash\u{1}"
            let decoded = try JSONDecoder().decode(EvaluationResult.self, from: result.jsonData())
            #expect(decoded == result)
        }
    }

    @Test func writesNullForMissingOptionals() throws {
        let rubric = try RubricScorerTests.rubric.rubric(variant: nil)
        let result = try RubricScorer(rubric: rubric).score(given: ["a": 8, "b": 8], year: nil)
        let text = String(decoding: result.jsonData(), as: UTF8.self)
        #expect(text.hasPrefix(#"{"model":"test","variant":"only","rubricVersion":"1","year":null,"complete":true,"recognized":true,"total":16,"#))
    }
}
