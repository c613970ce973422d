/// Works out the smallest set of indicator changes that would grant the title.
///
/// Indicators under their floor and failed gates must change. Then each criterion under its floor,
/// then the total, is filled first from indicators already changing (no extra change), then by as
/// few further indicators as possible: the largest headroom first, and for the last one the
/// indicator that covers what remains with the least overshoot. For the total alone this gives
/// the fewest indicators possible.
///
/// It runs for every subject that falls short (most of a batch), so it works on indices and flat
/// arrays rather than copies of the rubric's indicators.
struct ImprovementPlanner {
    let scorer: RubricScorer
    let scores: [IndicatorScore]
    private var target: [Double]
    private var gateMet: [Bool]
    private var chosen: [Bool]

    init(scorer: RubricScorer, scores: [IndicatorScore]) {
        self.scorer = scorer
        self.scores = scores
        target = scores.map(\.points)
        gateMet = scores.indices.map { !scorer.indicators[$0].gate || scores[$0].value == 1 }
        chosen = Array(repeating: false, count: scores.count)
    }

    func plan() -> [Improvement] {
        var planner = self
        planner.raiseMandatory()
        for (criterion, range) in scorer.criterionRanges.enumerated() {
            if let floor = scorer.rubric.criteria[criterion].floor {
                planner.fill(deficit: floor - planner.target[range].reduce(0, +), from: range)
            }
        }
        planner.fill(deficit: scorer.rubric.recognition.minimumTotal - planner.target.reduce(0, +), from: scorer.indicators.indices)
        return planner.improvements()
    }

    private mutating func raiseMandatory() {
        for index in scorer.indicators.indices {
            if !gateMet[index] {
                gateMet[index] = true
                target[index] = scorer.indicators[index].maxPoints
                chosen[index] = true
            }
            if let floor = scorer.floors[index], target[index] + Indicator.tolerance < floor {
                target[index] = level(index, atLeast: floor)
                chosen[index] = true
            }
        }
    }

    private mutating func fill(deficit: Double, from candidates: Range<Int>) {
        var remaining = deficit
        // Indicators already changing first, the most room first: raising them adds no change.
        while remaining > Indicator.tolerance,
              let index = candidates.filter({ chosen[$0] && headroom($0) > Indicator.tolerance }).max(by: { headroom($0) < headroom($1) }) {
            remaining -= raise(index, by: remaining)
        }
        while remaining > Indicator.tolerance {
            var largest: Int?
            var leastOvershoot: (index: Int, overshoot: Double)?
            for index in candidates where !chosen[index] && headroom(index) > Indicator.tolerance {
                if largest.map({ headroom(index) > headroom($0) }) ?? true { largest = index }
                if headroom(index) + Indicator.tolerance >= remaining {
                    let overshoot = overshoot(index, remaining)
                    if leastOvershoot.map({ overshoot < $0.overshoot }) ?? true { leastOvershoot = (index, overshoot) }
                }
            }
            guard let pick = leastOvershoot?.index ?? largest else { return }
            chosen[pick] = true
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
            let newlyMet = indicator.kind == .met && chosen[index] && score.value != 1
            guard target[index] > score.points + Indicator.tolerance || newlyMet
            else { return nil }
            return ImprovementText.improvement(indicator, score: score, toPoints: target[index])
        }
    }
}
