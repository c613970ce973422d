import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc evidence show MODEL ID --year Y`: the evidence as stored, and who entered it.
struct EvidenceShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a subject's evidence for a year.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The model: citizen, family, clan, community or unit.")
    var model: String

    @Argument(help: "The subject's registry id.")
    var id: Int64

    @Option(help: "The year.")
    var year: Int

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Registry.GetEvidence", GetEvidenceParameters(model: model, subjectId: id, year: year), as: EvidenceReply.self
            ) { reply in
                JSONOutput.text(reply.evidence.facts) + "\n"
                    + session.text(RollUpPhrase.enteredBy(uid: reply.evidence.enteredBy, at: reply.evidence.enteredAt))
            }
        }
    }
}
