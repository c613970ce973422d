import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc report behind [CODE] [--model M] --year Y`: the communes behind target, largest
/// gap first.
struct ReportBehindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "behind", abstract: "The communes whose share is below the target for the year, largest gap first.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: ReportOutputOptions

    @Argument(help: "Only this commune (statistics code); omit for every commune of the district.")
    var code: String?

    @Option(help: "Only this model's measures: citizen, family, clan, community or unit.")
    var model: String?

    @Option(help: "The year reported on.")
    var year: Int

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let reply = try await session.call(
                "vn.khuyenhoc.Reports.CommunesBehind", CommunesBehindParameters(area: code, year: year, model: model))
            if session.json {
                print(JSONOutput.text(try session.decode([String: JSONValue].self, from: reply)))
                return
            }
            let behind = try session.decode(CommunesBehindReply.self, from: reply)
            if output.csv {
                try ReportCSV.print(
                    behind.behind.map { ($0.commune.code, $0.commune.name, $0.measure) }, year: behind.year, day: behind.day,
                    options: output.writerOptions(session.text), text: session.text)
            } else {
                print(Self.render(behind, session.text))
            }
        }
    }

    static func render(_ reply: CommunesBehindReply, _ text: Localizer) -> String {
        guard !reply.behind.isEmpty else { return text.report(.noneBehind(year: reply.year)) }
        var table = TextTable(
            header: [text.report(.commune), text.report(.code), text.report(.measure), text.report(.total), text.report(.recognized), text.report(.share),
                     text.report(.target), text.report(.gap)],
            alignments: [.left, .left, .left, .right, .right, .right, .right, .right])
        for entry in reply.behind {
            let measure = entry.measure
            table.add([
                entry.commune.name, entry.commune.code, text.pick(measure.title, measure.titleVi), String(measure.total),
                String(measure.recognized), measure.share.map(text.percent) ?? "—",
                text.report(.targetBy(percent: text.percent(measure.target.percent), year: measure.target.year)),
                measure.gap.map { text.points($0) } ?? "—",
            ])
        }
        return text.report(.behindHeadline(year: reply.year, day: reply.day)) + "\n" + table.render()
    }
}
