import ArgumentParser

/// `khuyenhoc clans`: the registry's clans (dòng họ), with their households; `list` (the default) and `show ID`.
struct ClansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clans", abstract: "List the registry's clans (dòng họ), with their households, or show one.",
        subcommands: [ClanListCommand.self, ClanShowCommand.self], defaultSubcommand: ClanListCommand.self)
}
