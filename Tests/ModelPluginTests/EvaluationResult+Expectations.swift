import KhuyenHocAPI
import Testing

/// The outcomes the clan and community tests expect alike at a threshold or a floor.
extension EvaluationResult {
    /// Expects `total`, and `grade` with no reason, or (nil) not recognised below the threshold.
    func expectThresholdOutcome(total: Double, grade: String?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(self.total == total, sourceLocation: sourceLocation)
        #expect(recognized == (grade != nil), sourceLocation: sourceLocation)
        #expect(self.grade == grade, sourceLocation: sourceLocation)
        #expect(reasonCodes == (grade != nil ? [] : ["belowThreshold"]), sourceLocation: sourceLocation)
    }

    /// Expects `total`, recognised when `code` is nil, else that one reason: `missing` points short
    /// at `indicator`, or at the criterion `learningResults` for a criterion's floor.
    func expectFloorOutcome(
        total: Double, code: String?, indicator: String?, missing: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(self.total == total, sourceLocation: sourceLocation)
        #expect(recognized == (code == nil), sourceLocation: sourceLocation)
        #expect(reasonCodes == (code.map { [$0] } ?? []), sourceLocation: sourceLocation)
        if let code {
            #expect(reasons[0].missingPoints == missing, sourceLocation: sourceLocation)
            #expect(reasons[0].indicator == indicator, sourceLocation: sourceLocation)
            if code == "criterionBelowFloor" { #expect(reasons[0].criterion == "learningResults", sourceLocation: sourceLocation) }
        }
    }
}
