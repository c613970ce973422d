import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout plan [CODE] --model M --study D --pilot D --review D --rollout D
/// [--overwrite]`: the days by which communes should reach each phase; with a code, one commune
/// (its own days), without, every commune.
struct RolloutPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Set the days by which communes should reach each phase of a model.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Only this commune (statistics code); omit for every commune that exists today.")
    var code: String?

    @Option(help: "citizen, family, clan, community or unit.")
    var model: String

    @Option(help: "Day by which to be studying the criteria (YYYY-MM-DD).")
    var study: String?

    @Option(help: "Day by which to be piloting.")
    var pilot: String?

    @Option(help: "Day by which to be reviewing the pilot.")
    var review: String?

    @Option(help: "Day by which to be in mass rollout.")
    var rollout: String?

    @Flag(help: "Replace a commune's own days too (otherwise they are kept).")
    var overwrite = false

    func run() async throws {
        let plan = [("studyingCriteria", study), ("pilot", pilot), ("pilotReview", review), ("massRollout", rollout)]
            .compactMap { phase, due in due.map { PhaseDeadlineInfo(phase: phase, due: $0) } }
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.ApplyPlan", ApplyPlanParameters(area: code, model: model, plan: plan, overwrite: overwrite),
                as: ApplyPlanReply.self
            ) { reply in
                session.text.rollout(.planApplied(
                    model: session.text(RollUpPhrase.modelName(model)), communes: reply.communes.count, written: reply.written,
                    kept: reply.kept))
            }
        }
    }
}
