import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc rubric [show] MODEL [--variant V] [--version X] [--year Y]`: a model's criteria and
/// indicators, the rule that grants the title, the years it applies to, its origin and basis.
struct RubricShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a model's rubric: criteria, indicators, the rule and its basis.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model id, e.g. citizen.")
    var model: String

    @Option(help: "The variant (target group), e.g. farmers; needed when the model has several.")
    var variant: String?

    @Option(help: ArgumentHelp("A rubric version by name, e.g. 2015 (default: the one for --year, else the active one).", valueName: "name"))
    var version: String?

    @Option(help: "The year whose rubric to show.")
    var year: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            do {
                try await session.show(
                    "vn.khuyenhoc.Models.GetRubric",
                    GetRubricParameters(model: model, variant: variant, version: version, year: year),
                    as: GetRubricReply.self
                ) { reply in
                    RubricView(rubric: reply.rubric, text: session.text).render()
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
}
