import Foundation

/// The rules a rubric must keep beyond its shape: points that add up, floors and thresholds that
/// can be reached, gates on met/not-met indicators only, measures the model knows.
struct RubricRules {
    let document: RubricDocument
    let model: String?
    let measures: [MeasureDefinition]?
    private var found: [RubricProblem] = []

    init(document: RubricDocument, model: String?, measures: [MeasureDefinition]?) {
        self.document = document
        self.model = model
        self.measures = measures
    }

    func problems() -> [RubricProblem] {
        var rules = self
        rules.checkDocument()
        return rules.found
    }

    private mutating func problem(_ field: String, _ reason: String) {
        found.append(RubricProblem(field: field, reason: reason))
    }

    private mutating func checkDocument() {
        if let model, document.model != model {
            problem("model", "the rubric is for \"\(document.model)\", but this is the \(model) model")
        }
        for (key, year) in [("appliesFrom", document.appliesFrom), ("appliesUntil", document.appliesUntil)] {
            if let year, !(1945...2200).contains(year) { problem(key, "\(year) is not a plausible year") }
        }
        if let from = document.appliesFrom, let until = document.appliesUntil, until < from {
            problem("appliesUntil", "\(until) is before appliesFrom \(from)")
        }
        checkBasis()
        checkRecognition()
        var variantIDs: Set<String> = []
        for (index, variant) in document.variants.enumerated() {
            let path = "variants[\(index)]"
            if !variantIDs.insert(variant.id).inserted { problem("\(path).id", "\"\(variant.id)\" is used by another variant") }
            checkVariant(variant, at: path)
        }
    }

    private mutating func checkBasis() {
        if !CalendarDateText.isValid(document.basis.date) {
            problem("basis.date", "\"\(document.basis.date)\" is not a date written YYYY-MM-DD")
        }
    }

    private mutating func checkRecognition() {
        let rule = document.recognition
        if rule.minimumTotal < 0 { problem("recognition.minimumTotal", "must not be negative") }
        if let floor = rule.indicatorFloor, floor < 0 { problem("recognition.indicatorFloor", "must not be negative") }
        var gradeIDs: Set<String> = []
        var minimums: Set<Double> = []
        for (index, grade) in rule.grades.enumerated() {
            if !gradeIDs.insert(grade.id).inserted { problem("recognition.grades[\(index)].id", "\"\(grade.id)\" is used by another grade") }
            if !minimums.insert(grade.minimumTotal).inserted {
                problem("recognition.grades[\(index)].minimumTotal", "another grade starts at \(NumberText.points(grade.minimumTotal)) too")
            }
            if grade.minimumTotal < 0 { problem("recognition.grades[\(index)].minimumTotal", "must not be negative") }
        }
    }

    private mutating func checkVariant(_ variant: RubricVariant, at path: String) {
        var criterionIDs: Set<String> = []
        var indicatorIDs: Set<String> = []
        var maxTotal = 0.0
        for (criterionIndex, criterion) in variant.criteria.enumerated() {
            let criterionPath = "\(path).criteria[\(criterionIndex)]"
            if !criterionIDs.insert(criterion.id).inserted { problem("\(criterionPath).id", "\"\(criterion.id)\" is used by another criterion") }
            for (indicatorIndex, indicator) in criterion.indicators.enumerated() {
                let indicatorPath = "\(criterionPath).indicators[\(indicatorIndex)]"
                if !indicatorIDs.insert(indicator.id).inserted {
                    problem("\(indicatorPath).id", "\"\(indicator.id)\" is used by another indicator of variant \(variant.id)")
                }
                checkIndicator(indicator, at: indicatorPath)
            }
            if let floor = criterion.floor, floor < 0 || floor > criterion.maxPoints {
                problem("\(criterionPath).floor", "\(NumberText.points(floor)) is outside 0…\(NumberText.points(criterion.maxPoints)), the criterion's points")
            }
            maxTotal += criterion.maxPoints
        }
        let rule = document.recognition
        if rule.minimumTotal > maxTotal + Indicator.tolerance {
            problem("recognition.minimumTotal", "\(NumberText.points(rule.minimumTotal)) can never be reached: variant \(variant.id) has \(NumberText.points(maxTotal)) points in all")
        }
        for (index, grade) in rule.grades.enumerated() where grade.minimumTotal > maxTotal + Indicator.tolerance {
            problem("recognition.grades[\(index)].minimumTotal", "\(NumberText.points(grade.minimumTotal)) can never be reached: variant \(variant.id) has \(NumberText.points(maxTotal)) points in all")
        }
        if let floor = rule.indicatorFloor,
           let low = variant.criteria.flatMap(\.indicators).first(where: { $0.kind == .points && $0.floor == nil && $0.maxPoints < floor }) {
            problem("recognition.indicatorFloor", "\(NumberText.points(floor)) is more than indicator \(low.id)'s \(NumberText.points(low.maxPoints)) points")
        }
    }

    private mutating func checkIndicator(_ indicator: Indicator, at path: String) {
        let max = indicator.maxPoints
        if max < 0 || (max == 0 && indicator.kind != .met) {
            problem("\(path).maxPoints", indicator.kind == .met ? "must not be negative" : "must be more than 0")
        }
        if let floor = indicator.floor {
            if indicator.kind == .met {
                problem("\(path).floor", "a met/not-met indicator has no floor; make it a gate (\"gate\": true) if the title needs it")
            } else if floor < 0 || floor > max {
                problem("\(path).floor", "\(NumberText.points(floor)) is outside 0…\(NumberText.points(max))")
            }
        }
        if indicator.gate && indicator.kind != .met {
            problem("\(path).gate", "only a met/not-met indicator can be a gate; give a \(indicator.kind.rawValue) indicator a floor instead")
        }
        switch indicator.kind {
        case .share, .count:
            checkThresholds(indicator, at: path)
        case .points, .met:
            if indicator.thresholds != nil {
                problem("\(path).thresholds", "only share and count indicators have thresholds")
            }
        }
        if let measure = indicator.measure, let measures {
            if let known = measures.first(where: { $0.id == measure }) {
                if known.kind != indicator.kind {
                    problem("\(path).measure", "\(measure) is a \(known.kind.rawValue) measure; it cannot score a \(indicator.kind.rawValue) indicator")
                }
            } else {
                let list = measures.isEmpty ? "it derives none" : "it derives: " + measures.map(\.id).joined(separator: ", ")
                problem("\(path).measure", "the \(document.model) model has no measure \"\(measure)\"; \(list)")
            }
        }
    }

    private mutating func checkThresholds(_ indicator: Indicator, at path: String) {
        guard let thresholds = indicator.thresholds else {
            problem("\(path).thresholds", "a \(indicator.kind.rawValue) indicator needs thresholds that turn its value into points")
            return
        }
        var seen: Set<Double> = []
        for (index, step) in thresholds.enumerated() {
            let stepPath = "\(path).thresholds[\(index)]"
            if !seen.insert(step.atLeast).inserted { problem("\(stepPath).atLeast", "another threshold starts at \(NumberText.points(step.atLeast))") }
            if indicator.kind == .share, !(0...100).contains(step.atLeast) {
                problem("\(stepPath).atLeast", "\(NumberText.points(step.atLeast)) is not a percentage from 0 to 100")
            }
            if indicator.kind == .count, step.atLeast < 0 || step.atLeast.rounded() != step.atLeast {
                problem("\(stepPath).atLeast", "\(NumberText.points(step.atLeast)) is not a whole number of 0 or more")
            }
            if step.points < 0 || step.points > indicator.maxPoints {
                problem("\(stepPath).points", "\(NumberText.points(step.points)) is outside 0…\(NumberText.points(indicator.maxPoints))")
            }
        }
        // Highest atLeast first: points must not rise as the value falls.
        for (higher, lower) in zip(thresholds, thresholds.dropFirst()) where lower.points > higher.points {
            problem("\(path).thresholds", "a value of \(NumberText.points(lower.atLeast)) earns more points than \(NumberText.points(higher.atLeast))")
        }
        if !thresholds.contains(where: { $0.points == indicator.maxPoints }) {
            problem("\(path).thresholds", "no threshold earns the indicator's \(NumberText.points(indicator.maxPoints)) points")
        }
    }
}
