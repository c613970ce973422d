import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc evaluate MODEL --facts FILE|-`: scores one subject and says whether the title is
/// granted, with the points of every criterion and indicator and every reason it is not.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Evaluate one subject's facts against a model's rubric.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model id, e.g. citizen.")
    var model: String

    @Option(help: ArgumentHelp(
        "The facts JSON file, or - for standard input.", valueName: "file"))
    var facts: String

    @Option(help: "The year evaluated.")
    var year: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let document = try FactsReader.read(facts)
            try await session.show(
                "vn.khuyenhoc.Evaluation.Evaluate", EvaluateParameters(model: model, facts: document, year: year),
                as: EvaluateReply.self
            ) { reply in
                // Results carry ids and points; the titles are the rubric's.
                let rubric = try session.decode(GetRubricReply.self, from: try await session.call(
                    "vn.khuyenhoc.Models.GetRubric",
                    GetRubricParameters(model: reply.result.model, variant: reply.result.variant))).rubric
                return Self.render(reply.result, rubric: rubric, session.text)
            }
        }
    }

    static func render(_ result: EvaluationResult, rubric: Rubric, _ text: Localizer) -> String {
        var titles: [String: String] = [:]
        for criterion in rubric.criteria {
            titles[criterion.id] = text.pick(criterion.title, criterion.titleVi)
            for indicator in criterion.indicators { titles[indicator.id] = text.pick(indicator.title, indicator.titleVi) }
        }
        let verdict = result.recognized ? "✔ " + text(.recognized) : "✘ " + text(.notRecognized)
        var lines = [
            "\(verdict) — \(text(.evaluationOf(model: result.model, variant: result.variant, year: result.year)))",
            text(.totalLine(
                total: text.points(result.total), threshold: text.points(result.threshold),
                maximum: text.points(result.maxTotal))),
        ]
        if let grade = result.grade { lines.append(text(.grade(grade))) }
        var table = TextTable(
            header: [text(.criterionOrIndicator), text(.title), text(.points), text(.maxPoints), text(.floor), ""],
            alignments: [.left, .left, .right, .right, .right, .left])
        for criterion in result.criteria {
            table.add([
                criterion.id, titles[criterion.id] ?? "", text.points(criterion.points),
                text.points(criterion.maxPoints), "", "",
            ])
            for indicator in criterion.indicators {
                table.add([
                    "  \(indicator.id)", "  " + (titles[indicator.id] ?? ""),
                    text.points(indicator.points), text.points(indicator.maxPoints),
                    indicator.floor.map(text.points) ?? "—", indicator.meetsFloor ? "" : text(.belowFloor),
                ])
            }
        }
        lines += ["", table.render()]
        if !result.reasons.isEmpty {
            lines += ["", text(.reasons)]
            lines += result.reasons.map { "  • " + text.pick($0.message, $0.messageVi) }
        }
        return lines.joined(separator: "\n")
    }
}
