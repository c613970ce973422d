import ArgumentParser

/// `khuyenhoc report`: progress against the targets (the default, `progress`) and the communes
/// behind them (`behind`).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Progress against the 2025 and 2030 targets, and the communes behind them.",
        subcommands: [ReportProgressCommand.self, ReportBehindCommand.self],
        defaultSubcommand: ReportProgressCommand.self)
}
