import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout timeline CODE [--model M] [--as-of DATE]`: a commune's transitions and
/// planned days, per model.
struct RolloutTimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "A commune's rollout history and plan, per model.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The commune's statistics code.")
    var code: String

    @Option(help: "Only this model: citizen, family, clan, community or unit.")
    var model: String?

    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD): picks the commune that carried the code then.")
    var asOf: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.GetTimeline", GetTimelineParameters(commune: code, model: model, asOf: asOf),
                as: GetTimelineReply.self
            ) { reply in
                Self.render(reply, session.text)
            }
        }
    }

    static func render(_ reply: GetTimelineReply, _ text: Localizer) -> String {
        var lines = [text.rollout(.timelineHeadline(name: reply.commune.name, code: reply.commune.code, asOf: reply.asOf))]
        if reply.readOnly { lines.append(text.rollout(.readOnly(until: reply.commune.validUntil))) }
        for timeline in reply.models {
            let state = timeline.state
            var line = text.rollout(.modelLine(
                model: text(RollUpPhrase.modelName(timeline.model)), phase: text.rollout(.phaseName(state.phase)), since: state.since))
            if state.sample { line += " " + text.rollout(.sampleMark) }
            lines += ["", line]
            if state.late, let next = state.next {
                lines.append(text.rollout(.lateLine(days: state.daysLate, phase: text.rollout(.phaseName(next.phase)), due: next.due)))
            }
            if timeline.transitions.isEmpty {
                lines.append(text.rollout(.noTransitions))
            } else {
                var table = TextTable(header: [
                    text.rollout(.effectiveOn), text.rollout(.from), text.rollout(.to), text.rollout(.madeBy), text.rollout(.note),
                ])
                for step in timeline.transitions {
                    table.add([
                        step.effectiveOn, text.rollout(.phaseName(step.from)), text.rollout(.phaseName(step.phase)), String(step.madeBy),
                        step.note ?? "",
                    ])
                }
                lines += table.render().split(separator: "\n").map { "  " + $0 }
            }
            lines.append(text.rollout(.planned(Self.plan(timeline.planned, text))))
        }
        return lines.joined(separator: "\n")
    }

    /// `pilot 2023-06-30, pilot review 2023-12-15 (sample)`.
    static func plan(_ planned: [PlannedPhase], _ text: Localizer) -> String {
        guard !planned.isEmpty else { return text.rollout(.noPlan) }
        let days = planned.map { "\(text.rollout(.phaseName($0.phase))) \($0.due)" }.joined(separator: ", ")
        return planned.contains(where: \.sample) ? days + " " + text.rollout(.sampleMark) : days
    }
}
