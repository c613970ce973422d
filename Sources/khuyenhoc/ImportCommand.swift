import ArgumentParser
import Foundation
import KhuyenHocAPI
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// `khuyenhoc import TABLE FILE|-`: uploads a CSV file to the daemon, which imports it all or
/// nothing. A refused file prints its errors as `FILE:LINE:COLUMN: field: reason` and exits 65.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file into the registry, all or nothing.",
        discussion: """
            TABLE is one of communes, communities, households, people, clans, clanMembers, units, staff, evidence, \
            results. The file may be UTF-8 (with or without a byte order mark) or UTF-16, with , or ; between cells, \
            and Vietnamese or English headers. Any bad row rejects the whole file and nothing changes.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The table the file holds.")
    var table: String

    @Argument(help: "The CSV file, or - for standard input.")
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Read and check everything, write nothing.")
    var dryRun = false

    @Option(help: "The separator between cells, , or ; (default: detected from the header row).")
    var separator: String?

    @Option(name: .customLong("decimal-mark"), help: "The decimal mark, , or . (default: the comma with ;, else the point).")
    var decimalMark: String?

    @Option(help: "The file's encoding when it has no byte order mark: utf-8 (default), utf-16le or utf-16be.")
    var encoding: String?

    @Option(name: .customLong("max-errors"), help: "The most errors listed (1 to 1000).")
    var maxErrors = 100

    /// Bytes per AppendImport call.
    static let chunkSize = 1 << 20

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let text = session.text
            let name = InputFile.name(file)
            var prefix: [UInt8] = []
            switch encoding?.lowercased().replacingOccurrences(of: "-", with: "") {
            case nil, "utf8": break
            case "utf16le": prefix = [0xFF, 0xFE]
            case "utf16be": prefix = [0xFE, 0xFF]
            default:
                FileHandle.standardError.write(Data((text(.badEncoding(encoding ?? "")) + "\n").utf8))
                throw ExitCode(64)
            }
            let input: FileHandle
            if file == "-" {
                input = FileHandle.standardInput
            } else {
                let fd = open(file, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else {
                    FileHandle.standardError.write(Data((text(.cannotRead(file: name, reason: String(cString: strerror(errno)))) + "\n").utf8))
                    throw ExitCode(66)
                }
                input = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            }
            let begun = try session.decode(BeginImportReply.self, from: try await session.call(
                "vn.khuyenhoc.Registry.BeginImport",
                BeginImportParameters(table: table, separator: separator, decimalMark: decimalMark)))
            do {
                var first = true
                while true {
                    let chunk: Data
                    do {
                        chunk = try input.read(upToCount: Self.chunkSize) ?? Data()
                    } catch {
                        FileHandle.standardError.write(Data((text(.cannotRead(file: name, reason: "\(error.localizedDescription)")) + "\n").utf8))
                        throw ExitCode(66)
                    }
                    var bytes = [UInt8](chunk)
                    if first {
                        first = false
                        // A UTF-16 file without its byte order mark gets one, which is how the reader tells.
                        let hasMark = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF])
                        if !hasMark { bytes = prefix + bytes }
                    }
                    if bytes.isEmpty { break }
                    _ = try await session.call(
                        "vn.khuyenhoc.Registry.AppendImport",
                        AppendImportParameters(importId: begun.importId, data: Data(bytes).base64EncodedString()))
                }
            } catch {
                _ = try? await session.call("vn.khuyenhoc.Registry.CancelImport", CancelImportParameters(importId: begun.importId))
                throw error
            }
            let reply: VarlinkReply
            do {
                reply = try await session.call(
                    "vn.khuyenhoc.Registry.FinishImport",
                    FinishImportParameters(importId: begun.importId, dryRun: dryRun, maxErrors: maxErrors))
            } catch CLIFailure.reply(let error) where error.name == "vn.khuyenhoc.Registry.ImportRejected" {
                report(rejection: error, file: name, session: session)
                throw ExitCode(65)  // EX_DATAERR
            }
            let report = try session.decode(FinishImportReply.self, from: reply).report
            if session.json {
                print(JSONOutput.text(report))
            } else if report.dryRun {
                print(text(.dryRun(rows: report.rows, written: report.written, table: report.table)))
            } else {
                print(text(.imported(rows: report.rows, written: report.written, table: report.table)))
            }
        }
    }

    /// Prints a refused file's errors as `FILE:LINE:COLUMN: field: reason` on stderr (and the error
    /// object with `--json`).
    private func report(rejection: VarlinkError, file: String, session: DaemonSession) {
        if session.json { print(JSONOutput.error(name: rejection.name, parameters: rejection.parameters)) }
        var errors: [ImportErrorInfo] = []
        if case .array(let items)? = rejection.parameters["errors"],
           let data = try? JSONEncoder().encode(items) {
            errors = (try? JSONDecoder().decode([ImportErrorInfo].self, from: data)) ?? []
        }
        let more = rejection.parameters["more"] == .bool(true)
        var lines = [session.text(.rejected(file: file, count: errors.count, more: more))]
        for error in errors {
            let place = "\(file):\(error.line.map(String.init) ?? "-"):\(error.column.map(String.init) ?? "-")"
            let reason = session.text.pick(error.reason, error.reasonVi ?? "")
            lines.append("\(place): \(error.field.map { "\($0): " } ?? "")\(reason)")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
