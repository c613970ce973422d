import KhuyenHocAPI

/// A rubric as text: a table of criteria and indicators (kind, points, floor, gate, how a value
/// becomes points), then the rule that grants the title, the years, where it comes from and its basis.
struct RubricView {
    let rubric: Rubric
    let text: Localizer

    func render() -> String {
        let headline = text(.rubricHeadline(
            title: text.pick(rubric.title, rubric.titleVi), model: rubric.model, variant: rubric.variant,
            version: rubric.version))
        var lines = [headline, "", criteriaTable().render()]
        if rubric.indicators.contains(where: \.gate) { lines.append(text(.gateLegend)) }
        lines += ["", ruleTable().render()]
        return lines.joined(separator: "\n")
    }

    private func criteriaTable() -> TextTable {
        var table = TextTable(
            header: [text(.criterionOrIndicator), text(.title), text(.kind), text(.maxPoints), text(.floor), text(.scoring)],
            alignments: [.left, .left, .left, .right, .right, .left])
        for criterion in rubric.criteria {
            table.add([
                criterion.id, text.pick(criterion.title, criterion.titleVi), "", text.points(criterion.maxPoints),
                criterion.floor.map(text.points) ?? "—", "",
            ])
            for indicator in criterion.indicators {
                table.add([
                    "  \(indicator.id)", "  " + text.pick(indicator.title, indicator.titleVi), text(.kindName(indicator.kind)),
                    text.points(indicator.maxPoints), floor(of: indicator), scoring(of: indicator),
                ])
            }
        }
        return table
    }

    /// The indicator's floor; a gate is the floor of a met/not-met indicator, so it shows there.
    private func floor(of indicator: Indicator) -> String {
        if indicator.gate { return text(.gate) }
        return rubric.floor(of: indicator).map(text.points) ?? "—"
    }

    /// `≥ 90 %: 10 · ≥ 70 %: 6 · from members (childrenInSchool)`: how a share or count becomes
    /// points, and where the value comes from when the plugin derives it.
    private func scoring(of indicator: Indicator) -> String {
        var parts: [String] = []
        if indicator.kind == .share || indicator.kind == .count {
            let steps = (indicator.thresholds ?? []).sorted { $0.atLeast > $1.atLeast }
            parts += steps.map { step in
                let value = indicator.kind == .share ? text.percent(step.atLeast) : text.points(step.atLeast)
                return "≥ \(value): \(text.points(step.points))"
            }
        }
        if let measure = indicator.measure { parts.append(text(.fromMembers(measure: measure))) }
        return parts.joined(separator: " · ")
    }

    private func ruleTable() -> TextTable {
        let rule = rubric.recognition
        var table = TextTable()
        table.add([text(.threshold), text(.thresholdRule(
            minimumTotal: text.points(rule.minimumTotal), maximum: text.points(rubric.maxTotal)))])
        table.add([text(.defaultFloor), text(.defaultFloorRule(rule.indicatorFloor.map(text.points)))])
        table.add([text(.grades), rule.grades.isEmpty ? text(.noGrades) : gradeBands()])
        table.add([text(.appliesTo), text(.years(from: rubric.appliesFrom, until: rubric.appliesUntil))])
        table.add([text(.origin), text(.originName(rubric.origin))])
        table.add([text(.decision), rubric.basis.decision])
        table.add([text(.date), rubric.basis.date])
        table.add([text(.status), text(.basisStatus(rubric.basis.status.rawValue))])
        table.add([text(.source), rubric.basis.source])
        if let note = rubric.basis.note { table.add([text(.note), note]) }
        return table
    }

    /// `Good 85–100 · Fair 70–<85 · Average 50–<70`: each band up to the next one's start.
    private func gradeBands() -> String {
        let bands = rubric.recognition.grades.sorted { $0.minimumTotal > $1.minimumTotal }
        var upper: String?
        return bands.map { band in
            let low = text.points(band.minimumTotal)
            let range: String
            if let upper {
                range = "\(low)–<\(upper)"
            } else {
                range = band.minimumTotal >= rubric.maxTotal ? low : "\(low)–\(text.points(rubric.maxTotal))"
            }
            upper = low
            return "\(text.pick(band.title, band.titleVi)) \(range)"
        }.joined(separator: " · ")
    }
}
