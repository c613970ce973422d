import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout [matrix] [CODE] [--model M] [--as-of DATE]`: communes in Vietnamese order
/// by the five models, each cell the phase's short name, late cells marked `!`.
struct RolloutMatrixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "Communes × models: each model's phase, late ones marked with !.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: RolloutAreaOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.GetMatrix", area.parameters, as: GetMatrixReply.self
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
