import ArgumentParser

/// `khuyenhoc reminders`: what will come (the default), what is overdue, what was delivered,
/// acknowledging, and following the reminders as they come (in a terminal or as notifications).
struct RemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "The reminders of the deadlines: upcoming, overdue, delivered; watch them or show them as desktop notifications.",
        subcommands: [
            RemindersUpcomingCommand.self, RemindersOverdueCommand.self, RemindersDeliveredCommand.self, RemindersAckCommand.self,
            RemindersWatchCommand.self, RemindersAgentCommand.self,
        ],
        defaultSubcommand: RemindersUpcomingCommand.self)
}
