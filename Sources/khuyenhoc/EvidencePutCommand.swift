import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc evidence put MODEL ID --year Y --facts FILE|-`: enters evidence, checked by the
/// model's plugin before it is stored.
struct EvidencePutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "put",
        abstract: "Enter a subject's evidence for a year (citizen: targetGroup and scores; others: indicators).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model: citizen, family, clan, community or unit.")
    var model: String

    @Argument(help: "The subject's registry id (a person, household, clan, community or unit).")
    var id: Int64

    @Option(help: "The year the evidence is for.")
    var year: Int

    @Option(help: ArgumentHelp("The evidence JSON file, or - for standard input.", valueName: "file"))
    var facts: String

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let document = try FactsReader.read(facts)
            try await session.show(
                "vn.khuyenhoc.Registry.PutEvidence", PutEvidenceParameters(model: model, subjectId: id, year: year, facts: document),
                as: EvidenceReply.self
            ) { reply in
                session.text(RollUpPhrase.evidenceStored(model: reply.evidence.model, id: reply.evidence.subjectId, year: reply.evidence.year))
            }
        }
    }
}
