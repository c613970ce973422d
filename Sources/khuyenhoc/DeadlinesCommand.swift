import ArgumentParser

/// `khuyenhoc deadlines`: the deadlines the daemon reminds of (the default lists them), one in
/// full, and adding, changing, removing and marking them reached.
struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Deadlines (a day or an instant, once or repeating) and the reminders that come before and after them.",
        subcommands: [
            DeadlinesListCommand.self, DeadlineShowCommand.self, DeadlineAddCommand.self, DeadlineUpdateCommand.self,
            DeadlineRemoveCommand.self, DeadlineReachedCommand.self,
        ],
        defaultSubcommand: DeadlinesListCommand.self)
}
