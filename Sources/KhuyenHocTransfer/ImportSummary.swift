import KhuyenHocSpreadsheet

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
