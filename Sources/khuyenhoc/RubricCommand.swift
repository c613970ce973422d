import ArgumentParser

/// `khuyenhoc rubric`: shows a model's rubric (the default, so `khuyenhoc rubric citizen` works)
/// or checks a rubric file.
struct RubricCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric", abstract: "Show a model's rubric, or check a rubric file.",
        subcommands: [RubricShowCommand.self, RubricCheckCommand.self],
        defaultSubcommand: RubricShowCommand.self)
}
