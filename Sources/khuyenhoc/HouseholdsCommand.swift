import ArgumentParser

/// `khuyenhoc households`: the registry's households, with their members; `list` (the default) and `show ID`.
struct HouseholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households", abstract: "List the registry's households, with their members, or show one.",
        subcommands: [HouseholdListCommand.self, HouseholdShowCommand.self], defaultSubcommand: HouseholdListCommand.self)
}
