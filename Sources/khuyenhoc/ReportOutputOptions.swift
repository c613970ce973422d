import ArgumentParser
import KhuyenHocSpreadsheet

/// `--csv` and its separator, for the report commands.
struct ReportOutputOptions: ParsableArguments {
    @Flag(help: "Print CSV that Excel opens correctly (UTF-8 with BOM, CRLF) instead of a table.")
    var csv = false

    @Option(help: ArgumentHelp(
        "The CSV separator: comma, or semicolon for Excel with a Vietnamese or European list separator (the decimal mark is then a comma).",
        valueName: "comma|semicolon"))
    var separator: String = "comma"

    func validate() throws {
        guard ["comma", "semicolon"].contains(separator) else {
            throw ValidationError("--separator must be comma or semicolon, not \(separator)")
        }
    }

    /// Yes and no in the user's language.
    func writerOptions(_ text: Localizer) -> WriterOptions {
        WriterOptions(separator: separator == "semicolon" ? .semicolon : .comma,
                      booleans: text.language == .vietnamese ? .vietnamese : .english)
    }
}
