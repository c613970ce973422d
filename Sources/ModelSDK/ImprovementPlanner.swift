/// Works out the smallest set of indicator changes that would grant the title.
///
/// Indicators under their floor and failed gates must change. Then each criterion under its floor,
/// then the total, is filled first from indicators already changing (no extra change), then by as
/// few further indicators as possible: the largest headroom first, and for the last one the
/// indicator that covers what remains with the least overshoot. For the total alone this gives
/// the fewest indicators possible.
struct ImprovementPlanner {
    let scorer: RubricScorer
    let scores: [IndicatorScore]
    private var target: [Double]
    private var gateMet: [Bool]
    private var chosen: Set<Int> = []

    init(scorer: RubricScorer, scores: [IndicatorScore]) {
        self.scorer = scorer
        self.scores = scores
        target = scores.map(\.points)
        gateMet = zip(scorer.indicators, scores).map { indicator, score in !indicator.gate || score.value == 1 }
    }

    func plan() -> [Improvement] {
        var planner = self
        planner.raiseMandatory()
        for (criterion, range) in zip(scorer.rubric.criteria, scorer.criterionRanges) {
            if let floor = criterion.floor {
                planner.fill(deficit: floor - range.reduce(0) { $0 + planner.target[$1] }, from: Array(range))
            }
        }
        planner.fill(deficit: scorer.rubric.recognition.minimumTotal - planner.target.reduce(0, +), from: Array(scorer.indicators.indices))
        return planner.improvements()
    }

    private mutating func raiseMandatory() {
        for (index, indicator) in scorer.indicators.enumerated() {
            if !gateMet[index] {
                gateMet[index] = true
                target[index] = indicator.maxPoints
                chosen.insert(index)
            }
            if let floor = scorer.floors[index], target[index] + Indicator.tolerance < floor {
                target[index] = level(index, atLeast: floor)
                chosen.insert(index)
            }
        }
    }

    private mutating func fill(deficit: Double, from candidates: [Int]) {
        var remaining = deficit
        for index in candidates.filter(chosen.contains).sorted(by: { headroom($0) > headroom($1) }) where remaining > Indicator.tolerance {
            remaining -= raise(index, by: remaining)
        }
        while remaining > Indicator.tolerance {
            let open = candidates.filter { !chosen.contains($0) && headroom($0) > Indicator.tolerance }
            guard !open.isEmpty else { return }
            let sufficient = open.filter { headroom($0) + Indicator.tolerance >= remaining }
            let pick = sufficient.min { overshoot($0, remaining) < overshoot($1, remaining) }
                ?? open.max { headroom($0) < headroom($1) }!
            chosen.insert(pick)
            remaining -= raise(pick, by: remaining)
        }
    }

    /// Raises an indicator by up to `points` (to the next level that gives them); returns the gain.
    private mutating func raise(_ index: Int, by points: Double) -> Double {
        let before = target[index]
        target[index] = level(index, atLeast: min(before + points, scorer.indicators[index].maxPoints))
        if scorer.indicators[index].kind == .met { gateMet[index] = true }
        return target[index] - before
    }

    private func headroom(_ index: Int) -> Double { scorer.indicators[index].maxPoints - target[index] }

    private func overshoot(_ index: Int, _ points: Double) -> Double {
        level(index, atLeast: target[index] + points) - target[index] - points
    }

    /// The least points an indicator can actually earn that are at least `points`.
    private func level(_ index: Int, atLeast points: Double) -> Double {
        let indicator = scorer.indicators[index]
        switch indicator.kind {
        case .points:
            return min(points, indicator.maxPoints)
        case .met:
            return indicator.maxPoints
        case .share, .count:
            let levels = (indicator.thresholds ?? []).map(\.points).filter { $0 + Indicator.tolerance >= points }
            return levels.min() ?? indicator.maxPoints
        }
    }

    private func improvements() -> [Improvement] {
        scorer.indicators.indices.compactMap { index in
            let indicator = scorer.indicators[index]
            let score = scores[index]
            let newlyMet = indicator.kind == .met && chosen.contains(index) && score.value != 1
            guard target[index] > score.points + Indicator.tolerance || newlyMet
            else { return nil }
            return ImprovementText.improvement(indicator, score: score, toPoints: target[index])
        }
    }
}
