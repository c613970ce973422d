import ArgumentParser

/// `khuyenhoc units`: the registry's units (agencies, schools, enterprises, cooperatives), with their staff; `list` (the default) and `show ID`.
struct UnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "List the registry's units (agencies, schools, enterprises, cooperatives), with their staff, or show one.",
        subcommands: [UnitListCommand.self, UnitShowCommand.self], defaultSubcommand: UnitListCommand.self)
}
