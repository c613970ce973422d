import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc models`: every plugin the daemon found, loaded or failed, and why it failed.
struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "List the model plugins, their rubrics and variants.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Models.ListModels", as: ListModelsReply.self) { reply in
                Self.render(reply.models, session.text)
            }
        }
    }

    static func render(_ models: [ModelInfo], _ text: Localizer) -> String {
        guard !models.isEmpty else { return text(.noModels(pluginFolder: nil)) }
        var table = TextTable(header: [
            text(.id), text(.title), text(.state), text(.rubricVersion), text(.basis), text(.variants),
        ])
        for model in models {
            let title = text.pick(model.title, model.titleVi)
            table.add([
                model.id,
                title.isEmpty ? "—" : title,
                text(.stateName(model.state.rawValue)),
                model.rubricVersion ?? "—",
                model.basis.map { text(.basisStatus($0.status.rawValue)) } ?? "—",
                model.variants.isEmpty ? "—" : model.variants.map(\.id).joined(separator: ", "),
            ])
            if model.state == .failed {
                table.addNote(text(.failedBecause(model.error ?? model.file)))
            }
        }
        return table.render()
    }
}
