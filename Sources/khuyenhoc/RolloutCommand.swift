import ArgumentParser

/// `khuyenhoc rollout`: the commune × model matrix of rollout phases (the default), a commune's
/// timeline, recording a phase, applying a plan, and what is late.
struct RolloutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "The learning models' rollout per commune: phases, their history, plans and what is late.",
        subcommands: [
            RolloutMatrixCommand.self, RolloutTimelineCommand.self, RolloutSetCommand.self, RolloutPlanCommand.self,
            RolloutLateCommand.self,
        ],
        defaultSubcommand: RolloutMatrixCommand.self)
}
