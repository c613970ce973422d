import ArgumentParser

/// `khuyenhoc models`: the model plugins (the default lists them), and releasing one that was
/// disabled or quarantined after a crash.
struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "List the model plugins, their rubrics and variants; release a crashed one.",
        subcommands: [ModelsListCommand.self, ModelReleaseCommand.self],
        defaultSubcommand: ModelsListCommand.self)
}
