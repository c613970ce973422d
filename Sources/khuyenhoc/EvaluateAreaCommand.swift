import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc evaluate-area [CODE] --year Y`: evaluates and stores a commune's or the whole
/// district's subjects bottom-up, and prints what was done per model.
struct EvaluateAreaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-area",
        abstract: "Evaluate and store every subject of a commune (or the whole district) for a year, bottom-up.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A commune's 5-digit statistics code; leave out for the whole district.")
    var code: String?

    @Option(help: "The year evaluated.")
    var year: Int

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Evaluation.EvaluateArea", EvaluateAreaParameters(area: code, year: year), as: EvaluateAreaReply.self
            ) { reply in
                session.text(RollUpPhrase.areaHeadline(area: reply.area, year: reply.year)) + "\n" + Self.render(reply.counts, session.text)
            }
        }
    }

    static func render(_ counts: [ModelCount], _ text: Localizer) -> String {
        var table = TextTable(header: [
            text(RollUpPhrase.model), text(RollUpPhrase.subjects), text(RollUpPhrase.evaluated), text(RollUpPhrase.unchanged),
            text(RollUpPhrase.recognisedCount), text(RollUpPhrase.skipped), text(RollUpPhrase.failed),
        ])
        for count in counts {
            table.add([
                text(RollUpPhrase.modelName(count.model)), String(count.subjects), String(count.evaluated), String(count.unchanged),
                String(count.recognized), String(count.skipped), String(count.failed),
            ])
        }
        var lines = [table.render()]
        for count in counts {
            for failure in count.failures {
                lines.append(text(RollUpPhrase.failure(model: count.model, id: failure.id, field: failure.field, reason: failure.reason)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
