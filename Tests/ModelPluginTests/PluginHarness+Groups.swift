import Foundation
import KhuyenHocAPI
import Testing

/// What the clan and community tests ask of their plugins alike: a batch's answers, their rubric
/// checked as shipped or broken, and the 2022 group rubric's shape, which both rubrics share.
extension PluginHarness {
    /// Evaluates each facts object as one subject of a batch; the batch's `results`, in order.
    func evaluateBatch(_ subjects: [[String: Any]]) throws -> [[String: Any]] {
        let request: [String: Any] = ["subjects": subjects.map { ["facts": $0] }]
        guard case .success(let json) = plugin.evaluateBatch(try JSONSerialization.data(withJSONObject: request)) else {
            throw HarnessError(reason: "the batch failed")
        }
        guard let results = (try JSONSerialization.jsonObject(with: json) as? [String: Any])?["results"] as? [[String: Any]] else {
            throw HarnessError(reason: "the batch's answer has no results")
        }
        return results
    }

    /// Checks the package's rubric file at `path` under the name `file`, with `original` replaced
    /// by `broken` when given (the original must be in the file, or the test proves nothing).
    func checkPackageRubric(
        _ path: String, as file: String, replacing original: String? = nil, with broken: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [RubricFileVerdict] {
        var text = try GroupFacts.packageFile(path)
        if let original {
            #expect(text.contains(original), sourceLocation: sourceLocation)
            text = text.replacingOccurrences(of: original, with: broken)
        }
        return try check([RubricFileInput(file: file, text: text)])
    }

    /// Expects the active rubric of a group model (clan, community): the provisional 2022.1 rule
    /// after Decisions 242 and 244/QĐ-KHVN, its three criteria, a gate and a floor, NFC text, and
    /// measures described in both languages.
    func expectProvisionalGroupRubric(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(description.measures.allSatisfy { !$0.description.isEmpty && !$0.descriptionVi.isEmpty }, sourceLocation: sourceLocation)
        let rubric = try #require(description.activeRubric, sourceLocation: sourceLocation)
        #expect(rubric.version == "2022.1" && rubric.appliesFrom == 2021 && rubric.basis.status == .provisional, sourceLocation: sourceLocation)
        #expect(rubric.basis.decision == "242/QĐ-KHVN and 244/QĐ-KHVN" && rubric.basis.date == "2022-07-28", sourceLocation: sourceLocation)
        let criteria = try #require(rubric.variants.first?.criteria, sourceLocation: sourceLocation)
        #expect(criteria.map(\.id) == ["conditions", "learningResults", "effectAndImpact"], sourceLocation: sourceLocation)
        #expect(criteria.map(\.maxPoints) == [30, 30, 40], sourceLocation: sourceLocation)
        let indicators = criteria.flatMap(\.indicators)
        #expect((4...10).contains(indicators.count), sourceLocation: sourceLocation)
        #expect(indicators.contains { $0.gate } && indicators.contains { $0.floor != nil }, sourceLocation: sourceLocation)
        for text in indicators.flatMap({ [$0.title, $0.titleVi] }) + criteria.map(\.titleVi) {
            #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), sourceLocation: sourceLocation)
        }
    }
}
