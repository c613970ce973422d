import Foundation
import Testing
@testable import ModelSDK

/// Decoding errors become `InvalidFacts` that name the field in the facts' own terms.
@Suite struct InvalidFactsTests {
    struct Facts: Decodable {
        var targetGroup: String
        var scores: [String: Double]
    }

    struct Model: LearningModel {
        var modelDescription: ModelDescription { fatalError("not used") }
        func evaluate(facts: Data, year: Int?) throws(InvalidFacts) -> EvaluationResult { fatalError("not used") }
    }

    @Test(arguments: [
        (#"{"scores": {}}"#, "targetGroup", "missing"),
        (#"{"targetGroup": 3, "scores": {}}"#, "targetGroup", "expected a string"),
        (#"{"targetGroup": "x", "scores": {"sl1": "8"}}"#, "scores.sl1", "expected a number"),
        (#"{"targetGroup": "x", "scores": null}"#, "scores", "got null"),
        (#"[1, 2]"#, "facts", "expected an object"),
    ])
    func namesTheField(json: String, field: String, reason: String) {
        #expect {
            _ = try Model().decodeFacts(Facts.self, from: Data(json.utf8))
        } throws: { error in
            guard let invalid = error as? InvalidFacts else { return false }
            return invalid.field == field && invalid.reason.contains(reason)
        }
    }
}
