import ArgumentParser

/// `khuyenhoc communities`: the registry's villages and urban blocks (thôn, tổ dân phố); `list` (the default) and `show ID`.
struct CommunitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities", abstract: "List the registry's villages and urban blocks (thôn, tổ dân phố), or show one.",
        subcommands: [CommunityListCommand.self, CommunityShowCommand.self], defaultSubcommand: CommunityListCommand.self)
}
