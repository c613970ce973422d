import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc models [list]`: every plugin the daemon found, loaded or failed, and why it failed
/// (a crash says whether the plugin is disabled, quarantined or on probation).
struct ModelsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the model plugins, their rubrics and variants.")

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
                text(.stateName(Self.state(of: model))),
                model.rubricVersion ?? "—",
                model.basis.map { text(.basisStatus($0.status.rawValue)) } ?? "—",
                model.variants.isEmpty ? "—" : model.variants.map(\.id).joined(separator: ", "),
            ])
            if let crash = model.crash {
                if crash.quarantined {
                    table.addNote(text(.crashedQuarantined(
                        model: model.id, inARow: crash.inARow, signal: crash.signal, during: crash.during, at: crash.at)))
                } else if model.state == .failed {
                    table.addNote(text(.crashedDisabled(model: model.id, signal: crash.signal, during: crash.during, at: crash.at)))
                } else {
                    table.addNote(text(.onProbation(signal: crash.signal, at: crash.at)))
                }
            } else if model.state == .failed {
                table.addNote(text(.failedBecause(model.error ?? model.file)))
            }
        }
        return table.render()
    }

    /// "quarantined" or "disabled" for a plugin kept out after a crash, else its state.
    static func state(of model: ModelInfo) -> String {
        guard model.state == .failed, let crash = model.crash else { return model.state.rawValue }
        return crash.quarantined ? "quarantined" : "disabled"
    }
}
