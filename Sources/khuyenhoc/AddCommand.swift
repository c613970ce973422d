import ArgumentParser

/// `khuyenhoc add person|household`: records one at a time; many come through import.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a person or a household to the registry (the daemon's owner, root or admin group only).",
        subcommands: [AddPersonCommand.self, AddHouseholdCommand.self])
}
