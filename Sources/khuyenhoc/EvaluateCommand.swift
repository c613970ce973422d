import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc evaluate MODEL --facts FILE|-`: scores one subject and says whether the title is
/// granted, with the points of every criterion and indicator, every reason it is not, and the
/// least that would grant it. `khuyenhoc evaluate MODEL --id ID --year Y` does the same for a
/// subject of the registry, from its evidence, and stores the result (`EvaluateSubject`).
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Evaluate one subject's facts against a model's rubric.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model id, e.g. citizen.")
    var model: String

    @Option(help: ArgumentHelp(
        "The facts JSON file, or - for standard input (stateless; nothing is stored).", valueName: "file"))
    var facts: String?

    @Option(help: ArgumentHelp(
        "A registry subject's id: evaluate it from its evidence, after what it depends on, and store the result (needs --year).",
        valueName: "id"))
    var id: Int64?

    @Option(help: "The year evaluated; it picks the rubric that applies to it.")
    var year: Int?

    @Option(help: ArgumentHelp("Score under this rubric version, e.g. 2015, whatever the year.", valueName: "name"))
    var rubricVersion: String?

    @Flag(help: "Score the indicators given and leave out the rest: the result is incomplete and grants no title.")
    var partial = false

    func validate() throws {
        guard (facts == nil) != (id == nil) else { throw ValidationError("Give either --facts FILE or --id ID.") }
        if id != nil {
            guard year != nil else { throw ValidationError("--id needs --year.") }
            guard rubricVersion == nil, !partial else { throw ValidationError("--rubric-version and --partial go with --facts only.") }
        }
    }

    func run() async throws {
        if let id, let year {
            try await runStored(id: id, year: year)
            return
        }
        try await DaemonSession.run(options) { session in
            let document = try FactsReader.read(facts ?? "-")
            let parameters = EvaluateParameters(
                model: model, facts: document, year: year, rubricVersion: rubricVersion, partial: partial ? true : nil)
            try await session.show("vn.khuyenhoc.Evaluation.Evaluate", parameters, as: EvaluateReply.self) { reply in
                EvaluationView(result: reply.result, rubric: try await rubric(of: reply.result, session), text: session.text).render()
            }
        }
    }

    private func runStored(id: Int64, year: Int) async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Evaluation.EvaluateSubject", EvaluateSubjectParameters(model: model, id: id, year: year),
                as: EvaluateSubjectReply.self
            ) { reply in
                let view = EvaluationView(result: reply.result, rubric: try await rubric(of: reply.result, session), text: session.text).render()
                let stored = reply.evaluated ? RollUpPhrase.storedNow(at: reply.evaluatedAt) : RollUpPhrase.storedUnchanged(at: reply.evaluatedAt)
                return view + "\n" + session.text(stored) + "\n" + EvaluateAreaCommand.render(reply.counts, session.text)
            }
        }
    }

    /// The rubric the result was scored under, for its titles. Results carry ids and points only;
    /// an error reply leaves the titles out rather than hide the result.
    private func rubric(of result: EvaluationResult, _ session: DaemonSession) async throws -> Rubric? {
        let reply: GetRubricReply
        do {
            reply = try session.decode(GetRubricReply.self, from: try await session.call(
                "vn.khuyenhoc.Models.GetRubric",
                GetRubricParameters(model: result.model, variant: result.variant, version: result.rubricVersion)))
        } catch CLIFailure.reply {
            return nil
        }
        // Titles of another version could name other indicators.
        guard reply.rubric.version == result.rubricVersion, reply.rubric.variant == result.variant else { return nil }
        return reply.rubric
    }
}
