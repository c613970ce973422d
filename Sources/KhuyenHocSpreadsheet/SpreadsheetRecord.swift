/// One row of a CSV file as text: its cells (NFC, line breaks inside cells as `\n`) and where it is.
public struct SpreadsheetRecord: Sendable, Equatable {
    public var cells: [String]
    /// The line of the file the row starts on (1-based).
    public var line: Int
    /// The row as a spreadsheet shows it (1-based).
    public var row: Int
    /// Problems that did not stop the reading (text after a closing quote).
    public var issues: [SpreadsheetIssue]

    /// True when every cell is empty or spaces: Excel writes such rows for formatted but empty
    /// rows (`;;;`), and they carry nothing.
    public var isBlank: Bool { cells.allSatisfy { CellText.trimmed($0).isEmpty } }
}
