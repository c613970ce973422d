import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc rollout late [CODE] [--model M] [--as-of DATE]`: the late commune × model pairs,
/// most days late first.
struct RolloutLateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "late", abstract: "The communes and models whose planned day has passed, most days late first.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: RolloutAreaOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Rollout.ListLate", area.parameters, as: ListLateReply.self
            ) { reply in
                Self.render(reply, session.text)
            }
        }
    }

    static func render(_ reply: ListLateReply, _ text: Localizer) -> String {
        guard !reply.late.isEmpty else { return text.rollout(.noneLate(asOf: reply.asOf)) }
        var table = TextTable(
            header: [
                text.rollout(.code), text.rollout(.commune), text.rollout(.model), text.rollout(.phase), text.rollout(.next),
                text.rollout(.due), text.rollout(.daysLate),
            ],
            alignments: [.left, .left, .left, .left, .left, .left, .right])
        for entry in reply.late {
            table.add([
                entry.commune.code, entry.commune.name, text(RollUpPhrase.modelName(entry.model)),
                text.rollout(.phaseName(entry.state.phase)), entry.state.next.map { text.rollout(.phaseName($0.phase)) } ?? "—",
                entry.state.next?.due ?? "—", "\(entry.state.daysLate)!",
            ])
        }
        return table.render()
    }
}
