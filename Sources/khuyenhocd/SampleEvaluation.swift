import KhuyenHocCore
import KhuyenHocSample
import Logging

/// On the first start with the sample district, its evidence is evaluated once, bottom-up, just
/// after the socket opens, so that results and reports show something at once (measured in the
/// README: a fraction of a second for the sample's 2,000 people). A failure is logged and the daemon serves anyway:
/// `khuyenhoc evaluate-area --year 2024` does the same later.
enum SampleEvaluation {
    static func run(_ evaluator: RollUpEvaluator, logger: Logger) async {
        let started = ContinuousClock.now
        do {
            let report = try await evaluator.run(.area(communeIDs: nil), year: SampleDistrict.defaultYear)
            let elapsed = ContinuousClock.now - started
            let counts = report.models.map { "\($0.model.rawValue)=\($0.recognized)/\($0.evaluated + $0.unchanged)" }
            logger.notice("sample district evaluated (recognised/evaluated per model)", metadata: [
                "year": "\(report.year)", "recognized": "\(counts.joined(separator: " "))",
                "failed": "\(report.models.reduce(0) { $0 + $1.failed })",
                "milliseconds": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)",
            ])
        } catch {
            logger.error("the sample district could not be evaluated", metadata: ["reason": "\(error)"])
        }
        await RollUpMethods.checkpoint(evaluator.store)
    }
}
