import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout [matrix] [CODE] [--model M] [--as-of DATE]`: communes in Vietnamese order
/// by the five models, each cell the phase's short name, late cells marked `!`.
struct RolloutMatrixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "Communes × models: each model's phase, late ones marked with !.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Only this commune (statistics code); omit for every commune.")
    var code: String?

    @Option(help: "Only this model: citizen, family, clan, community or unit.")
    var model: String?

    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD; default today in Vietnam).")
    var asOf: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.GetMatrix", GetMatrixParameters(area: code, model: model, asOf: asOf), as: GetMatrixReply.self
            ) { reply in
                Self.render(reply, session.text, highlight: .current)
            }
        }
    }

    static func render(_ reply: GetMatrixReply, _ text: Localizer, highlight: LateHighlight) -> String {
        guard !reply.rows.isEmpty else { return text.rollout(.noCommunes) }
        var table = TextTable(header: [text.rollout(.code), text.rollout(.commune)] + reply.models.map { text.rollout(.modelHeader($0)) })
        var late = 0
        for row in reply.rows {
            table.add([row.commune.code, row.commune.name] + row.cells.map { cell in
                if cell.late { late += 1 }
                return highlight.mark(text.rollout(.phaseShort(cell.phase)), late: cell.late)
            })
        }
        var lines = [text.rollout(.matrixHeadline(asOf: reply.asOf, communes: reply.rows.count)), "", table.render()]
        if late > 0 { lines += ["", text.rollout(.lateLegend(count: late))] }
        return lines.joined(separator: "\n")
    }
}
