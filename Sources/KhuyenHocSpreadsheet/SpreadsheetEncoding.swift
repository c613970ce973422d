/// The text encodings Excel writes and this reader accepts.
public enum SpreadsheetEncoding: String, Sendable, Equatable {
    /// UTF-8 without a byte order mark (LibreOffice, scripts, "CSV" from a web form).
    case utf8
    /// UTF-8 with a byte order mark: Excel's "CSV UTF-8 (Comma delimited)".
    case utf8WithBOM
    /// UTF-16 little-endian with a byte order mark: Excel's "Unicode Text" on Windows.
    case utf16LittleEndian
    /// UTF-16 big-endian with a byte order mark.
    case utf16BigEndian
}
