import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc results MODEL ID [--year Y]`: a subject's stored results, newest first.
struct ResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Show a subject's stored results, newest first, with the rubric version of each.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model: citizen, family, clan, community or unit.")
    var model: String

    @Argument(help: "The subject's registry id.")
    var id: Int64

    @Option(help: "Only the results of this year.")
    var year: Int?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Registry.ListResults", ListResultsParameters(model: model, subjectId: id, year: year), as: ListResultsReply.self
            ) { reply in
                let text = session.text
                guard !reply.results.isEmpty else { return text(RollUpPhrase.noResults(model: model, id: id)) }
                var table = TextTable(header: [
                    text(RollUpPhrase.year), text(RollUpPhrase.rubric), text(RollUpPhrase.recognisedCount), text(RollUpPhrase.total),
                    text(RollUpPhrase.grade), text(RollUpPhrase.evaluatedAt),
                ])
                for result in reply.results {
                    table.add([
                        String(result.year), result.rubricVersion, text(result.recognized ? RollUpPhrase.affirmative : RollUpPhrase.negative),
                        text.points(result.total), result.grade ?? "—", result.evaluatedAt,
                    ])
                }
                return table.render()
            }
        }
    }
}
