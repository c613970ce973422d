import ArgumentParser
import Foundation
import KhuyenHocAPI

/// `khuyenhoc export TABLE [FILE|-]`: a table as CSV that Excel opens correctly.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table of the registry as CSV (UTF-8 with BOM, CRLF), which import reads back.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "communes, communities, households, people, clans, clanMembers, units, staff, evidence or results.")
    var table: String

    @Argument(help: "The file to write (replaced only when complete), or - for standard output (default).")
    var file = "-"

    @Option(help: "The separator between cells: , (default) or ; (Excel in Vietnamese settings, with decimal comma).")
    var separator: String?

    @Flag(name: .customLong("no-bom"), help: "Leave out the UTF-8 byte order mark (Excel needs it for Vietnamese letters).")
    var noBOM = false

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let text = session.text
            let target: AtomicFile?
            if file == "-" {
                target = nil
            } else {
                do {
                    target = try AtomicFile(path: file, mode: 0o644)
                } catch let error as AtomicFile.Failure {
                    FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                    throw ExitCode(73)  // EX_CANTCREAT
                }
            }
            var rows = 0
            try await session.stream("vn.khuyenhoc.Registry.Export", ExportParameters(table: table, separator: separator, bom: !noBOM)) { reply in
                let chunk = try session.decode(TransferChunk.self, from: reply)
                guard let bytes = Data(base64Encoded: chunk.data) else { throw CLIFailure.malformedReply("data is not base64") }
                if let target {
                    do {
                        try target.write(bytes)
                    } catch let error as AtomicFile.Failure {
                        FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                        throw ExitCode(74)  // EX_IOERR
                    }
                } else {
                    FileHandle.standardOutput.write(bytes)
                }
                if let count = chunk.rows { rows = count }
            }
            guard let target else { return }
            do {
                try target.commit()
            } catch let error as AtomicFile.Failure {
                FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                throw ExitCode(74)
            }
            if session.json {
                print(JSONOutput.text(["table": table, "file": file, "rows": String(rows)]))
            } else {
                print(text(.exported(rows: rows, table: table, file: file)))
            }
        }
    }
}
