import KhuyenHocCore
import KhuyenHocSample
import KhuyenHocStore
import Logging

/// On the first start with the sample district, its evidence is evaluated once, bottom-up, just
/// after the socket opens, so that results and reports show something at once (measured in the
/// README: a fraction of a second for the sample's 2,000 people). A failure is logged and the daemon serves anyway:
/// `khuyenhoc evaluate-area --year 2024` does the same later.
enum SampleEvaluation {
    /// Has a helper process (``FirstStartTask/evaluateSample``) evaluate the registry behind
    /// `evaluator`, with the same plugin and rubric folders, while roll-ups asked for meanwhile
    /// wait their turn as they would behind an evaluation done here.
    static func run(_ evaluator: RollUpEvaluator, logger: Logger) async {
        guard let path = (evaluator.store as? SQLiteRegistryStore)?.path else {
            // Not a registry file another process can open: evaluate here.
            _ = await evaluate(evaluator, logger: logger)
            return
        }
        var arguments = [
            "--first-start-task", FirstStartTask.evaluateSample.rawValue,
            "--state-dir", String(path.dropLast(RegistryBootstrap.fileName.count + 1)),
            "--plugin-dir", evaluator.host.directory.path, "--log-level", logger.logLevel.rawValue,
        ]
        if let rubrics = evaluator.host.rubricDirectory { arguments += ["--rubric-dir", rubrics.path] }
        let failure = await evaluator.exclusively { await HelperProcess.run(arguments) }
        if let failure {
            logger.error("the sample district could not be evaluated", metadata: ["reason": "\(failure)"])
        }
    }

    /// Evaluates every subject for the sample's year and checkpoints the results into the
    /// registry file; false when it failed (logged).
    static func evaluate(_ evaluator: RollUpEvaluator, logger: Logger) async -> Bool {
        let started = ContinuousClock.now
        var evaluated = true
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
            evaluated = false
        }
        await RollUpMethods.checkpoint(evaluator.store)
        return evaluated
    }
}
