import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout set CODE MODEL PHASE [--on DATE] [--note TEXT]`: records a commune's move
/// to a phase.
struct RolloutSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Record that a commune reached a phase of a model (going back or skipping needs --note).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The commune's statistics code.")
    var code: String

    @Argument(help: "citizen, family, clan, community or unit.")
    var model: String

    @Argument(help: "notStarted, studyingCriteria (study), pilot, pilotReview (review) or massRollout (rollout).")
    var phase: String

    @Option(help: "The day it took effect (YYYY-MM-DD; default today).")
    var on: String?

    @Option(help: "Why; required when going back or skipping a phase.")
    var note: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.SetPhase",
                SetPhaseParameters(commune: code, model: model, phase: Self.phaseID(phase), effectiveOn: on, note: note),
                as: SetPhaseReply.self
            ) { reply in
                session.text.rollout(.recorded(
                    name: reply.commune.name, code: reply.commune.code, model: session.text(RollUpPhrase.modelName(reply.model)),
                    from: session.text.rollout(.phaseName(reply.transition.from)),
                    to: session.text.rollout(.phaseName(reply.transition.phase)), on: reply.transition.effectiveOn))
            }
        }
    }

    /// The interface's name of a phase, from it or the matrix's short English name; anything else
    /// goes to the daemon as typed, which names what it must be.
    static func phaseID(_ text: String) -> String {
        ["study": "studyingCriteria", "review": "pilotReview", "rollout": "massRollout"][text] ?? text
    }
}
