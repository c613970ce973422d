/// Scores one subject against one rubric variant: the one engine every model uses. A class, so
/// handing a prepared scorer to each evaluation costs one retain, not a copy of the rubric.
///
/// It takes the values given in the facts and those the plugin derived, checks them, adds up
/// points per indicator and criterion, applies floors, gates, the threshold and grade bands, and
/// explains every shortfall with the least that would reach the title.
public final class RubricScorer: Sendable {
    public let rubric: Rubric
    /// Every indicator in rubric order, its floor, and where each criterion's indicators are.
    let indicators: [Indicator]
    let floors: [Double?]
    let criterionRanges: [Range<Int>]
    /// Each criterion's points in all, and the rubric's, worked out once.
    private let criterionMaxima: [Double]
    private let maxTotal: Double
    private let indexByID: [String: Int]
    /// Whether any indicator is derived by the plugin, so its measures must be computed.
    public let usesMeasures: Bool

    public init(rubric: Rubric) {
        self.rubric = rubric
        indicators = rubric.indicators
        floors = indicators.map(rubric.floor(of:))
        var ranges: [Range<Int>] = []
        var start = 0
        for criterion in rubric.criteria {
            ranges.append(start..<(start + criterion.indicators.count))
            start += criterion.indicators.count
        }
        criterionRanges = ranges
        criterionMaxima = rubric.criteria.map(\.maxPoints)
        maxTotal = rubric.maxTotal
        indexByID = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        usesMeasures = indicators.contains { $0.measure != nil }
    }

    /// Scores a subject. `given` holds the values in the facts under `givenField`; `measured`
    /// the plugin's derived values. Unknown, missing (unless `partial`) or out-of-range values
    /// throw `InvalidFacts` naming `givenField.<id>`.
    public func score(
        given: [String: IndicatorValue], measured: [String: MeasuredValue] = [:], givenField: String = "scores",
        year: Int?, partial: Bool = false
    ) throws(InvalidFacts) -> EvaluationResult {
        let scores = try indicatorScores(given: given, measured: measured, givenField: givenField, partial: partial)
        return explain(scores, year: year)
    }

    private func indicatorScores(
        given: [String: IndicatorValue], measured: [String: MeasuredValue], givenField: String, partial: Bool
    ) throws(InvalidFacts) -> [IndicatorScore] {
        if given.keys.contains(where: { indexByID[$0] == nil }),
           let unknown = given.keys.sorted().first(where: { indexByID[$0] == nil }) {
            throw InvalidFacts(
                field: "\(givenField).\(unknown)",
                reason: "not an indicator of the \(rubric.model) rubric \(rubric.version) (\(rubric.variant)); "
                    + "indicators are \(indicators.map(\.id).joined(separator: ", "))")
        }
        var scores: [IndicatorScore] = []
        scores.reserveCapacity(indicators.count)
        for index in indicators.indices {
            // Built only when it is needed: this loop is the hot path of a batch.
            var field: String { "\(givenField).\(indicators[index].id)" }
            if let measure = indicators[index].measure {
                guard given[indicators[index].id] == nil else {
                    throw InvalidFacts(field: field, reason: "derived from the facts by the \(rubric.model) model (\(measure)); leave it out")
                }
                guard let value = measured[measure] else {
                    throw InvalidFacts(field: "facts", reason: "the \(rubric.model) model derived no value for \(measure)")
                }
                scores.append(IndicatorScore(measured: value, for: indicators[index]))
            } else if let value = given[indicators[index].id] {
                scores.append(try IndicatorScore(given: value, for: indicators[index], field: field))
            } else if partial {
                scores.append(.unassessed)
            } else {
                throw InvalidFacts(
                    field: field,
                    reason: "missing: every indicator needs its value (\(indicators[index].kind.valueDescription)), "
                        + "or ask for a partial evaluation")
            }
        }
        return scores
    }

    private func explain(_ scores: [IndicatorScore], year: Int?) -> EvaluationResult {
        var reasons: [Shortfall] = []
        let missing = scores.allSatisfy(\.assessed) ? [] : indicators.indices.filter { !scores[$0].assessed }.map { indicators[$0].id }
        if !missing.isEmpty { reasons.append(ShortfallText.incomplete(missing)) }
        var criteria: [CriterionResult] = []
        criteria.reserveCapacity(criterionRanges.count)
        var total = 0.0
        // Indexed access throughout: binding an `Indicator` or `Criterion` copies (retains) all
        // its strings, and this runs once per subject of a batch.
        for (criterionIndex, range) in criterionRanges.enumerated() {
            var results: [IndicatorResult] = []
            results.reserveCapacity(range.count)
            var points = 0.0
            for index in range {
                let score = scores[index]
                let floor = floors[index]
                let gate = indicators[index].gate
                let gateMet = !gate || !score.assessed || score.value == 1
                let floorMet = floor.map { !score.assessed || score.points + Indicator.tolerance >= $0 } ?? true
                if !gateMet { reasons.append(ShortfallText.gateFailed(indicators[index])) }
                if let floor, !floorMet { reasons.append(ShortfallText.belowFloor(indicators[index], score: score, floor: floor)) }
                results.append(IndicatorResult(
                    id: indicators[index].id, kind: indicators[index].kind, points: score.points,
                    maxPoints: indicators[index].maxPoints, value: score.value, of: score.of, floor: floor,
                    meetsFloor: gateMet && floorMet, gate: gate, assessed: score.assessed, notApplicable: score.notApplicable))
                points += score.points
            }
            let criterionFloor = rubric.criteria[criterionIndex].floor
            let meetsFloor = criterionFloor.map { points + Indicator.tolerance >= $0 } ?? true
            if let criterionFloor, !meetsFloor {
                reasons.append(ShortfallText.criterionBelowFloor(rubric.criteria[criterionIndex], points: points, floor: criterionFloor))
            }
            criteria.append(CriterionResult(
                id: rubric.criteria[criterionIndex].id, points: points, maxPoints: criterionMaxima[criterionIndex],
                floor: criterionFloor, meetsFloor: meetsFloor, indicators: results))
            total += points
        }
        let threshold = rubric.recognition.minimumTotal
        if total + Indicator.tolerance < threshold { reasons.append(ShortfallText.belowThreshold(total: total, threshold: threshold)) }
        let recognized = reasons.isEmpty
        let grade = recognized
            ? rubric.recognition.grades.filter { total + Indicator.tolerance >= $0.minimumTotal }.max { $0.minimumTotal < $1.minimumTotal }?.id
            : nil
        return EvaluationResult(
            model: rubric.model, variant: rubric.variant, rubricVersion: rubric.version, year: year,
            complete: missing.isEmpty, recognized: recognized, total: total, maxTotal: maxTotal,
            threshold: threshold, grade: grade, criteria: criteria, reasons: reasons,
            improvements: recognized ? [] : ImprovementPlanner(scorer: self, scores: scores).plan())
    }
}
