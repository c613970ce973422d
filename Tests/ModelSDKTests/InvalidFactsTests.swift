import Foundation
import Testing
@testable import ModelSDK

/// Decoding errors become `InvalidFacts` that name the field in the facts' own terms.
@Suite struct InvalidFactsTests {
    struct Facts: Decodable {
        var targetGroup: String
        var scores: [String: Double]
    }

    @Test(arguments: [
        (#"{"facts": {"scores": {}}}"#, "targetGroup", "missing"),
        (#"{"facts": {"targetGroup": 3, "scores": {}}}"#, "targetGroup", "expected a string"),
        (#"{"facts": {"targetGroup": "x", "scores": {"sl1": "8"}}}"#, "scores.sl1", "expected a number"),
        (#"{"facts": {"targetGroup": "x", "scores": null}}"#, "scores", "got null"),
        (#"{"facts": [1, 2]}"#, "facts", "expected an object"),
        (#"{"facts": {"targetGroup": "x", "scores": {}}, "year": "2026"}"#, "year", "expected a number"),
    ])
    func namesTheField(json: String, field: String, reason: String) {
        #expect {
            _ = try ModelJSON.decode(EvaluateRequest<Facts>.self, from: Data(json.utf8))
        } throws: { error in
            guard let invalid = error as? InvalidFacts else { return false }
            return invalid.field == field && invalid.reason.contains(reason)
        }
    }

    @Test func aBatchSubjectWithBadFactsFailsAlone() throws {
        let json = #"{"subjects": [{"facts": {"targetGroup": "x", "scores": {}}}, {"facts": {"scores": {"a": true}}}]}"#
        let subjects = try BatchInput.subjects(in: Data(json.utf8))
        #expect(try BatchInput.request(EvaluateRequest<Facts>.self, from: subjects[0]).facts.targetGroup == "x")
        #expect(throws: InvalidFacts(field: "targetGroup", reason: "missing")) {
            try BatchInput.request(EvaluateRequest<Facts>.self, from: subjects[1])
        }
    }
}
