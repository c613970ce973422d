/// Scores points given per indicator against a rubric: the one engine every model uses.
public struct RubricScorer: Sendable {
    public let rubric: Rubric
    /// Every indicator in rubric order, and their ids, worked out once per rubric.
    private let indicators: [Indicator]
    private let indicatorIDs: Set<String>

    public init(rubric: Rubric) {
        self.rubric = rubric
        indicators = rubric.indicators
        indicatorIDs = Set(indicators.map(\.id))
    }

    /// Scores `points` (indicator id → points). Every indicator must be present, known and
    /// within 0…max; anything else throws `InvalidFacts` naming `fieldPrefix.<id>`.
    public func score(_ points: [String: Double], year: Int?, fieldPrefix: String = "scores") throws(InvalidFacts) -> EvaluationResult {
        try validate(points, fieldPrefix: fieldPrefix)
        var reasons: [Shortfall] = []
        var criteria: [CriterionResult] = []
        var total = 0.0
        var maxTotal = 0.0
        for criterion in rubric.criteria {
            var indicators: [IndicatorResult] = []
            var criterionPoints = 0.0
            var criterionMax = 0.0
            for indicator in criterion.indicators {
                let earned = points[indicator.id]!
                let floor = rubric.floor(of: indicator)
                let meetsFloor = floor.map { earned >= $0 } ?? true
                if let floor, !meetsFloor {
                    reasons.append(Self.belowFloor(indicator, earned: earned, floor: floor))
                }
                indicators.append(IndicatorResult(
                    id: indicator.id, points: earned, maxPoints: indicator.maxPoints, floor: floor, meetsFloor: meetsFloor))
                criterionPoints += earned
                criterionMax += indicator.maxPoints
            }
            criteria.append(CriterionResult(
                id: criterion.id, points: criterionPoints, maxPoints: criterionMax, indicators: indicators))
            total += criterionPoints
            maxTotal += criterionMax
        }
        let threshold = rubric.recognition.minimumTotal
        if total < threshold {
            reasons.append(Self.belowThreshold(total: total, threshold: threshold))
        }
        return EvaluationResult(
            model: rubric.model, variant: rubric.variant, rubricVersion: rubric.version, year: year,
            recognized: reasons.isEmpty, total: total, maxTotal: maxTotal, threshold: threshold,
            grade: nil, criteria: criteria, reasons: reasons)
    }

    private func validate(_ points: [String: Double], fieldPrefix: String) throws(InvalidFacts) {
        if points.count != indicators.count || !points.keys.allSatisfy(indicatorIDs.contains),
           let unknown = points.keys.sorted().first(where: { !indicatorIDs.contains($0) }) {
            throw InvalidFacts(
                field: "\(fieldPrefix).\(unknown)",
                reason: "not an indicator of the \(rubric.model) rubric \(rubric.version) (\(rubric.variant)); "
                    + "indicators are \(indicators.map(\.id).joined(separator: ", "))")
        }
        for indicator in indicators {
            guard let earned = points[indicator.id] else {
                throw InvalidFacts(field: "\(fieldPrefix).\(indicator.id)", reason: "missing: every indicator needs its points")
            }
            guard earned.isFinite, earned >= 0, earned <= indicator.maxPoints else {
                throw InvalidFacts(
                    field: "\(fieldPrefix).\(indicator.id)",
                    reason: "\(Self.format(earned)) is outside 0…\(Self.format(indicator.maxPoints)) points")
            }
        }
    }

    private static func belowFloor(_ indicator: Indicator, earned: Double, floor: Double) -> Shortfall {
        let missing = floor - earned
        return Shortfall(
            code: "belowFloor", indicator: indicator.id, missingPoints: missing,
            message: "Indicator \(indicator.id) “\(indicator.title)” has \(format(earned)) points, "
                + "\(format(missing)) under its floor of \(format(floor)).",
            messageVi: "Chỉ số \(indicator.id) “\(indicator.titleVi)” đạt \(format(earned)) điểm, "
                + "thiếu \(format(missing)) điểm so với mức tối thiểu \(format(floor)).")
    }

    private static func belowThreshold(total: Double, threshold: Double) -> Shortfall {
        let missing = threshold - total
        return Shortfall(
            code: "belowThreshold", indicator: nil, missingPoints: missing,
            message: "The total of \(format(total)) points is \(format(missing)) short of the \(format(threshold)) the title needs.",
            messageVi: "Tổng \(format(total)) điểm, còn thiếu \(format(missing)) điểm so với mức \(format(threshold)) điểm để được công nhận.")
    }

    /// Points as a person writes them: no trailing `.0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
