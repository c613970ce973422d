import ArgumentParser

/// `khuyenhoc evidence put|show`: a subject's evidence for a year.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Enter or show a subject's evidence for a year.",
        subcommands: [EvidencePutCommand.self, EvidenceShowCommand.self])
}
