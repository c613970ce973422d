import Foundation

/// Where a spreadsheet is read from. Files are read in chunks, never whole.
public enum SpreadsheetSource: Sendable {
    /// A file by path.
    case file(String)
    /// An open handle (for example standard input); read to its end and left open.
    case handle(FileHandle)
    /// Bytes already in memory (small files, tests).
    case bytes([UInt8])
}
