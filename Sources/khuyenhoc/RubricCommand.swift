import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc rubric MODEL [--variant V]`: a model's criteria, indicators, recognition rule and basis.
struct RubricCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric", abstract: "Show a model's rubric: criteria, indicators, the rule and its basis.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model id, e.g. citizen.")
    var model: String

    @Option(help: "The variant (target group), e.g. farmers; needed when the model has several.")
    var variant: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            do {
                try await session.show(
                    "vn.khuyenhoc.Models.GetRubric", GetRubricParameters(model: model, variant: variant),
                    as: GetRubricReply.self
                ) { reply in
                    Self.render(reply.rubric, session.text)
                }
            } catch CLIFailure.reply(let error)
                where error.name == "vn.khuyenhoc.Models.VariantNotFound" && variant == nil && !session.json {
                throw CLIFailure.variantNeeded(error, model: model, variants: await variants(session, error))
            }
        }
    }

    /// The model's variants with their titles, from `ListModels`; the error's ids if that fails.
    private func variants(_ session: DaemonSession, _ error: VarlinkError) async -> [(id: String, title: String)] {
        if let reply = try? await session.call("vn.khuyenhoc.Models.ListModels"),
           let list = try? session.decode(ListModelsReply.self, from: reply),
           let info = list.models.first(where: { $0.id == model }), !info.variants.isEmpty {
            return info.variants.map { ($0.id, session.text.pick($0.title, $0.titleVi)) }
        }
        guard case .array(let known)? = error.parameters["known"] else { return [] }
        return known.compactMap { value in
            if case .string(let id) = value { return (id, "") }
            return nil
        }
    }

    static func render(_ rubric: Rubric, _ text: Localizer) -> String {
        let headline = text(.rubricHeadline(
            title: text.pick(rubric.title, rubric.titleVi), model: rubric.model, variant: rubric.variant,
            version: rubric.version))
        var table = TextTable(
            header: [text(.criterionOrIndicator), text(.title), text(.maxPoints), text(.floor)],
            alignments: [.left, .left, .right, .right])
        for criterion in rubric.criteria {
            let maximum = criterion.indicators.reduce(0) { $0 + $1.maxPoints }
            table.add([criterion.id, text.pick(criterion.title, criterion.titleVi), text.points(maximum), ""])
            for indicator in criterion.indicators {
                table.add([
                    "  \(indicator.id)", "  " + text.pick(indicator.title, indicator.titleVi),
                    text.points(indicator.maxPoints), rubric.floor(of: indicator).map(text.points) ?? "—",
                ])
            }
        }
        var rule = TextTable()
        rule.add([text(.recognition), text(.recognitionRule(
            minimumTotal: text.points(rubric.recognition.minimumTotal),
            floor: rubric.recognition.indicatorFloor.map(text.points)))])
        rule.add([text(.decision), rubric.basis.decision])
        rule.add([text(.date), rubric.basis.date])
        rule.add([text(.status), text(.basisStatus(rubric.basis.status.rawValue))])
        rule.add([text(.source), rubric.basis.source])
        if let note = rubric.basis.note { rule.add([text(.note), note]) }
        return [headline, "", table.render(), "", rule.render()].joined(separator: "\n")
    }
}
