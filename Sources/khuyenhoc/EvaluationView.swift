import KhuyenHocAPI

/// An evaluation as text: the verdict, the total against threshold and maximum, every criterion
/// and indicator with its points and the value they came from, every reason, and the least that
/// would grant the title. Titles come from the rubric the result was scored under.
struct EvaluationView {
    let result: EvaluationResult
    /// The rubric of the result's version and variant; without it the table shows ids only.
    let rubric: Rubric?
    let text: Localizer

    func render() -> String {
        var lines = [
            "\(verdict()) — \(text(.evaluationOf(model: result.model, variant: result.variant, year: result.year, version: result.rubricVersion)))",
            text(.totalLine(
                total: text.points(result.total), threshold: text.points(result.threshold),
                maximum: text.points(result.maxTotal))),
            "",
            table().render(),
        ]
        if !result.reasons.isEmpty {
            lines += ["", text(.reasons)]
            lines += result.reasons.map { "  • " + text.pick($0.message, $0.messageVi) }
        }
        if !result.improvements.isEmpty {
            lines += ["", text(.improvements)]
            lines += result.improvements.map { "  • " + text.pick($0.message, $0.messageVi) }
        }
        return lines.joined(separator: "\n")
    }

    /// A partial result grants nothing, so being incomplete outranks the rest.
    private func verdict() -> String {
        let indicators = result.criteria.flatMap(\.indicators)
        if !result.complete {
            let given = indicators.filter(\.assessed).count
            return "◐ \(text(.incomplete)) (\(text(.assessedCount(assessed: given, total: indicators.count))))"
        }
        guard result.recognized else { return "✘ " + text(.notRecognized) }
        guard let grade = result.grade else { return "✔ " + text(.recognized) }
        let band = rubric?.recognition.grades.first { $0.id == grade }
        return "✔ \(text(.recognized)), \(text(.gradeOf(band.map { text.pick($0.title, $0.titleVi) } ?? grade)))"
    }

    private func table() -> TextTable {
        var titles: [String: String] = [:]
        for criterion in rubric?.criteria ?? [] {
            titles[criterion.id] = text.pick(criterion.title, criterion.titleVi)
            for indicator in criterion.indicators { titles[indicator.id] = text.pick(indicator.title, indicator.titleVi) }
        }
        var table = TextTable(
            header: [text(.criterionOrIndicator), text(.title), text(.value), text(.points), text(.floor), ""],
            alignments: [.left, .left, .right, .right, .right, .left])
        for criterion in result.criteria {
            table.add([
                criterion.id, titles[criterion.id] ?? "", "", pointsOfMax(criterion.points, criterion.maxPoints),
                criterion.floor.map(text.points) ?? "—", criterion.meetsFloor ? "" : text(.belowFloor),
            ])
            for indicator in criterion.indicators {
                table.add([
                    "  \(indicator.id)", "  " + (titles[indicator.id] ?? ""), value(of: indicator),
                    pointsOfMax(indicator.points, indicator.maxPoints),
                    indicator.gate ? text(.gate) : indicator.floor.map(text.points) ?? "—",
                    indicator.meetsFloor ? "" : text(indicator.gate ? .gateNotMet : .belowFloor),
                ])
            }
        }
        return table
    }

    private func pointsOfMax(_ points: Double, _ maximum: Double) -> String {
        "\(text.points(points)) / \(text.points(maximum))"
    }

    /// What the points came from: `80 % (4/5)`, a count, ✔/✘; `n/a` for a share of nobody, `—`
    /// where a partial evaluation had no value. Points given directly are their own value.
    private func value(of indicator: IndicatorResult) -> String {
        if indicator.notApplicable { return text(.notApplicable) }
        guard indicator.assessed, let value = indicator.value else { return "—" }
        switch indicator.kind {
        case .points:
            return ""
        case .met:
            return value == 1 ? "✔" : "✘"
        case .share:
            guard let total = indicator.of else { return text.percent(value) }
            // The plugin sends the percentage; the members are a whole number of the total.
            return "\(text.percent(value)) (\(Int((value * Double(total) / 100).rounded()))/\(total))"
        case .count:
            return text.points(value)
        }
    }
}
