import ArgumentParser
import Foundation
import KhuyenHocAPI

/// `khuyenhoc rubric check FILE`: checks a rubric file before it goes into the daemon's rubric
/// folder. Offline first, with the same reader the plugins use; then, when the daemon runs, by
/// the plugin of the model the file names, which alone knows the measures it derives.
struct RubricCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a rubric file; exits 65 when it is invalid.",
        discussion: """
            Every field and rule is checked without the daemon. When khuyenhocd runs (and --offline \
            is not given), the plugin of the file's model also checks the measures its indicators name.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The rubric file (JSON), or - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Do not ask the daemon: the measure names are not checked.")
    var offline = false

    /// `sysexits.h`: the file's content is wrong; the file cannot be read.
    static let invalid: Int32 = 65
    static let unreadable: Int32 = 66

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let name = InputFile.name(file)
            let data: Data
            do throws(InputFile.Unreadable) {
                data = try InputFile.read(file)
            } catch {
                let problem = RubricProblem(field: "(file)", reason: session.text(.fileUnreadable(error.reason)))
                throw finish(
                    RubricCheckReport(file: name, valid: false, problems: [problem], checkedByDaemon: false), session,
                    status: Self.unreadable)
            }
            // The daemon takes the text as a JSON string: it must be UTF-8, as the rubric folder's files must.
            guard let text = String(validating: data, as: UTF8.self) else {
                let problem = RubricProblem(field: "(file)", reason: session.text(.notUTF8))
                throw finish(RubricCheckReport(file: name, valid: false, problems: [problem], checkedByDaemon: false), session)
            }
            if let syntax = JSONSyntax.error(in: data) {
                let problem = RubricProblem(field: "(file)", reason: session.text(.notJSON(syntax)))
                throw finish(RubricCheckReport(file: name, valid: false, problems: [problem], checkedByDaemon: false), session)
            }
            let document: RubricDocument
            do throws(RubricFileError) {
                document = try RubricFileReader.read(data, origin: name)
            } catch {
                throw finish(RubricCheckReport(file: name, valid: false, problems: error.problems, checkedByDaemon: false), session)
            }
            var report = RubricCheckReport(file: name, valid: true, problems: [], checkedByDaemon: false)
            var skipped: DaemonCheckSkipped?
            if offline {
                skipped = .offline
            } else {
                do {
                    let reply = try await session.call(
                        "vn.khuyenhoc.Models.CheckRubric", CheckRubricParameters(text: text, file: name))
                    let verdict = try session.decode(CheckRubricReply.self, from: reply).verdict
                    report.checkedByDaemon = true
                    report.problems = verdict.problems
                    report.valid = verdict.status == .loaded && verdict.problems.isEmpty
                } catch CLIFailure.daemonNotRunning(let socket) {
                    skipped = .daemonNotRunning(socket: socket)
                } catch CLIFailure.permissionDenied(let socket) {
                    skipped = .permissionDenied(socket: socket)
                } catch CLIFailure.reply(let error) where Self.daemonLacksCheck(error.name) {
                    skipped = .daemonTooOld(socket: session.socket)
                } catch CLIFailure.reply(let error) where error.name == "vn.khuyenhoc.Models.ModelNotFound" {
                    report.checkedByDaemon = true
                    report.valid = false
                    report.problems = [RubricProblem(field: "model", reason: session.text(.modelNotLoaded(model: document.model)))]
                }
            }
            guard report.valid else { throw finish(report, session) }
            if session.json {
                print(JSONOutput.text(report))
                return
            }
            print(session.text(.rubricValid(
                file: name, model: document.model, version: document.version,
                years: session.text(.years(from: document.appliesFrom, until: document.appliesUntil)),
                variants: document.variants.count,
                indicators: document.variants.reduce(0) { $0 + $1.criteria.reduce(0) { $0 + $1.indicators.count } })))
            print(session.text(skipped.map(Phrase.measuresNotChecked) ?? .checkedByDaemon))
        }
    }

    /// Prints an invalid file's problems, one `FILE: FIELD: REASON` line each (or the report as
    /// JSON), and returns the exit status to throw.
    private func finish(_ report: RubricCheckReport, _ session: DaemonSession, status: Int32 = Self.invalid) -> ExitCode {
        if session.json {
            print(JSONOutput.text(report))
        } else {
            for problem in report.problems { print("\(report.file): \(problem.field): \(problem.reason)") }
        }
        return ExitCode(status)
    }

    /// A daemon older than `CheckRubric` answers with one of these.
    private static func daemonLacksCheck(_ name: String) -> Bool {
        ["org.varlink.service.MethodNotFound", "org.varlink.service.MethodNotImplemented",
         "org.varlink.service.InterfaceNotFound"].contains(name)
    }
}
