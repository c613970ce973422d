import ArgumentParser

/// `khuyenhoc people`: the registry's people; `list` (the default) and `show ID`.
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: "List the registry's people, or show one.",
        subcommands: [PeopleListCommand.self, PersonShowCommand.self], defaultSubcommand: PeopleListCommand.self)
}
