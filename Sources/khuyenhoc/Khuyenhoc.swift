import ArgumentParser

/// `khuyenhoc`: the command-line companion of `khuyenhocd`. It talks only to the daemon's Varlink
/// socket; every subcommand also speaks `--json`.
@main
struct Khuyenhoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khuyenhoc",
        abstract: "Evaluate subjects against the learning models (citizen, family, clan, community, unit) through khuyenhocd.",
        version: "0.1.0",
        subcommands: [
            StatusCommand.self, ModelsCommand.self, RubricCommand.self, EvaluateCommand.self, ReloadCommand.self, CommunesGroupCommand.self,
            CommunitiesCommand.self, HouseholdsCommand.self, PeopleCommand.self, ClansCommand.self, UnitsCommand.self, AddCommand.self, ReportCommand.self,
            EvidenceCommand.self, EvaluateAreaCommand.self, ResultsCommand.self, ImportCommand.self, ExportCommand.self, BackupCommand.self,
            RolloutCommand.self, DeadlinesCommand.self, RemindersCommand.self, CalendarCommand.self,
        ])
}
