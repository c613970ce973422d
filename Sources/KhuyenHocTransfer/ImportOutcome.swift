/// What an import did, or would have done.
public enum ImportOutcome: Sendable {
    /// Every row was taken: written, or for a dry run checked and rolled back.
    case accepted(ImportSummary)
    /// The file was refused and nothing changed: its problems in file order, up to the limit
    /// asked for; `more` says there were others.
    case rejected(problems: [ImportProblem], more: Bool)
}
