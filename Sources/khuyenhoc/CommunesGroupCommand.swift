import ArgumentParser

/// `khuyenhoc communes`: the list of communes (the default, ``CommunesCommand``) and the merges
/// between them (`merge`).
struct CommunesGroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communes",
        abstract: "The district's communes: list them (the default), record a merge.",
        subcommands: [CommunesCommand.self, CommunesMergeCommand.self],
        defaultSubcommand: CommunesCommand.self)
}
