/// Scores one subject against one rubric variant: the one engine every model uses.
///
/// It takes the values given in the facts and those the plugin derived, checks them, adds up
/// points per indicator and criterion, applies floors, gates, the threshold and grade bands, and
/// explains every shortfall with the least that would reach the title.
public struct RubricScorer: Sendable {
    public let rubric: Rubric
    /// Every indicator in rubric order, its floor, and where each criterion's indicators are.
    let indicators: [Indicator]
    let floors: [Double?]
    let criterionRanges: [Range<Int>]
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
        for indicator in indicators {
            let field = "\(givenField).\(indicator.id)"
            if let measure = indicator.measure {
                guard given[indicator.id] == nil else {
                    throw InvalidFacts(field: field, reason: "derived from the facts by the \(rubric.model) model (\(measure)); leave it out")
                }
                guard let value = measured[measure] else {
                    throw InvalidFacts(field: "facts", reason: "the \(rubric.model) model derived no value for \(measure)")
                }
                scores.append(IndicatorScore(measured: value, for: indicator))
            } else if let value = given[indicator.id] {
                scores.append(try IndicatorScore(given: value, for: indicator, field: field))
            } else if partial {
                scores.append(.unassessed)
            } else {
                throw InvalidFacts(
                    field: field,
                    reason: "missing: every indicator needs its value (\(indicator.kind.valueDescription)), "
                        + "or ask for a partial evaluation")
            }
        }
        return scores
    }

    private func explain(_ scores: [IndicatorScore], year: Int?) -> EvaluationResult {
        var reasons: [Shortfall] = []
        let missing = indicators.indices.filter { !scores[$0].assessed }.map { indicators[$0].id }
        if !missing.isEmpty { reasons.append(ShortfallText.incomplete(missing)) }
        var criteria: [CriterionResult] = []
        var total = 0.0
        for (criterion, range) in zip(rubric.criteria, criterionRanges) {
            var results: [IndicatorResult] = []
            var points = 0.0
            for index in range {
                let indicator = indicators[index]
                let score = scores[index]
                let floor = floors[index]
                let gateMet = !indicator.gate || !score.assessed || score.value == 1
                let floorMet = floor.map { !score.assessed || score.points + Indicator.tolerance >= $0 } ?? true
                if !gateMet { reasons.append(ShortfallText.gateFailed(indicator)) }
                if let floor, !floorMet { reasons.append(ShortfallText.belowFloor(indicator, score: score, floor: floor)) }
                results.append(IndicatorResult(
                    id: indicator.id, kind: indicator.kind, points: score.points, maxPoints: indicator.maxPoints,
                    value: score.value, of: score.of, floor: floor, meetsFloor: gateMet && floorMet, gate: indicator.gate,
                    assessed: score.assessed, notApplicable: score.notApplicable))
                points += score.points
            }
            let meetsFloor = criterion.floor.map { points + Indicator.tolerance >= $0 } ?? true
            if let floor = criterion.floor, !meetsFloor {
                reasons.append(ShortfallText.criterionBelowFloor(criterion, points: points, floor: floor))
            }
            criteria.append(CriterionResult(
                id: criterion.id, points: points, maxPoints: criterion.maxPoints, floor: criterion.floor,
                meetsFloor: meetsFloor, indicators: results))
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
            complete: missing.isEmpty, recognized: recognized, total: total, maxTotal: rubric.maxTotal,
            threshold: threshold, grade: grade, criteria: criteria, reasons: reasons,
            improvements: recognized ? [] : ImprovementPlanner(scorer: self, scores: scores).plan())
    }
}
