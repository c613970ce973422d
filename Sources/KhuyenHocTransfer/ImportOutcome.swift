import KhuyenHocSpreadsheet
import KhuyenHocStore

/// What an import did, or would have done.
public enum ImportOutcome: Sendable {
    /// Every row was taken: written, or for a dry run checked and rolled back.
    case accepted(ImportSummary)
    /// The file was refused and nothing changed: its problems in file order, up to the limit
    /// asked for; `more` says there were others.
    case rejected(problems: [ImportProblem], more: Bool)
}

/// An accepted import: how the file was read and what was written.
public struct ImportSummary: Sendable {
    public var table: TransferTable
    public var dryRun: Bool
    /// Data rows read from the file.
    public var rows: Int
    /// Records written (or, for a dry run, that would have been).
    public var written: Int
    public var encoding: SpreadsheetEncoding?
    public var separator: FieldSeparator?
}
