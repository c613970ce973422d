import ArgumentParser
import Foundation
import KhuyenHocAPI
import Varlink

/// `khuyenhoc calendar export [--area CODE] [--model M] [-o FILE]`: the deadlines of an area and
/// model as an `.ics` file (`vn.khuyenhoc.Reports.Calendar`), on standard output without `-o`.
struct CalendarExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the deadlines (with an alarm per reminder) as an .ics file that any calendar program imports.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "A commune's statistics code: its deadlines and the district's; omit for every deadline.")
    var area: String?

    @Option(help: "citizen, family, clan, community or unit: that model's deadlines and those of no model.")
    var model: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "The file to write (replaced only when complete); standard output without it.")
    var output: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let text = session.text
            let reply = try session.decode(
                CalendarReply.self, from: try await session.call("vn.khuyenhoc.Reports.Calendar", CalendarParameters(area: area, model: model)))
            guard let output else {
                FileHandle.standardOutput.write(Data(reply.ics.utf8))
                return
            }
            do {
                let file = try AtomicFile(path: output, mode: 0o644)
                try file.write(Data(reply.ics.utf8))
                try file.commit()
            } catch let error as AtomicFile.Failure {
                FileHandle.standardError.write(Data((text(.cannotWrite(file: output, reason: error.reason)) + "\n").utf8))
                throw ExitCode(73)  // EX_CANTCREAT
            }
            if session.json {
                print(JSONOutput.text(JSONValue.object(["events": .number(Double(reply.events)), "file": .string(output)])))
            } else {
                print(text.calendar(.exported(events: reply.events, file: output)))
            }
        }
    }
}
