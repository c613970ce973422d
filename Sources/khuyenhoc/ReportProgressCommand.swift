import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc report [progress] [CODE] --year Y`: a commune's (or the district's) progress in a
/// year, one row per measure against the 2025 and 2030 targets.
struct ReportProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Progress against the 2025 and 2030 targets: per model, total, registered, evaluated, recognised, share and gap.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var output: ReportOutputOptions

    @Argument(help: "A commune's statistics code; omit for the whole district.")
    var code: String?

    @Option(help: "The year reported on.")
    var year: Int

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let reply = try await session.call("vn.khuyenhoc.Reports.Progress", ProgressParameters(area: code, year: year))
            if session.json {
                print(JSONOutput.text(try session.decode([String: JSONValue].self, from: reply)))
                return
            }
            let progress = try session.decode(ProgressReply.self, from: reply)
            if output.csv {
                try ReportCSV.print(
                    progress.measures.map { (progress.area.code, progress.area.name, $0) }, year: progress.year,
                    day: progress.day, options: output.writerOptions(session.text), text: session.text)
            } else {
                print(Self.render(progress, session.text))
            }
        }
    }

    static func render(_ reply: ProgressReply, _ text: Localizer) -> String {
        var lines: [String] = []
        if let code = reply.area.code, let name = reply.area.name {
            lines.append(text.report(.communeHeadline(name: name, code: code, year: reply.year, day: reply.day)))
            let others = reply.area.counted.filter { $0.code != code || $0.name != name }
            if !others.isEmpty {
                lines.append(text.report(.counts(([CommuneReference(code: code, name: name)] + others).map { "\($0.name) (\($0.code))" }.joined(separator: ", "))))
            }
        } else {
            lines.append(text.report(.districtHeadline(year: reply.year, day: reply.day, communes: reply.area.counted.count)))
        }
        var table = TextTable(
            header: [text.report(.measure), text.report(.total), text.report(.registered), text.report(.evaluated), text.report(.recognized), text.report(.share),
                     text.report(.target), text.report(.gap), text.report(.status)],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
        for measure in reply.measures {
            table.add([
                text.pick(measure.title, measure.titleVi), String(measure.total), String(measure.registered),
                String(measure.evaluated), String(measure.recognized), measure.share.map(text.percent) ?? "—",
                text.report(.targetBy(percent: text.percent(measure.target.percent), year: measure.target.year)),
                measure.gap.map { text.points($0) } ?? "—",
                Self.status(measure, text),
            ])
        }
        lines.append(table.render())
        lines.append(text.report(.basisLine(reply.basis.map(\.id).joined(separator: ", "))))
        return lines.joined(separator: "\n")
    }

    /// `BEHIND` stands out: capitals, and a marker a reader's eye finds in a long table.
    static func status(_ measure: MeasureProgress, _ text: Localizer) -> String {
        if measure.total == 0 { return text.report(.noSubjects) }
        return measure.behind ? "▲ " + text.report(.behind) : text.report(.onTrack)
    }
}
