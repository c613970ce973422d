/// One problem found in a file, with where it is as a person finds it: the row and column as a
/// spreadsheet shows them (1-based, the header is row 1, columns by letter and header name), and
/// the physical line of the file when it differs (cells with line breaks, a `sep=` line).
public struct SpreadsheetIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line of the file where the row starts (1-based); `nil` for the file as a whole.
    public var line: Int?
    /// The row as a spreadsheet shows it (1-based, header = 1).
    public var row: Int?
    /// The column (1-based); `nil` for a whole row or file.
    public var column: Int?
    /// The column's header as written in the file (or the schema's name for a missing column).
    public var columnName: String?
    /// The schema column's id, when the column is one of the schema's.
    public var columnID: String?
    public var problem: SpreadsheetProblem

    public init(line: Int? = nil, row: Int? = nil, column: Int? = nil, columnName: String? = nil,
                columnID: String? = nil, problem: SpreadsheetProblem) {
        self.line = line
        self.row = row
        self.column = column
        self.columnName = columnName
        self.columnID = columnID
        self.problem = problem
    }

    /// The column as a spreadsheet labels it: `A`, `B`, …, `AA`.
    public var columnLetter: String? { column.map(ColumnLetter.of) }

    public var reason: String { problem.reason }
    public var reasonVi: String { problem.reasonVi }

    /// `row 7 (line 9), column C “Năm sinh”: “19x5” is not a whole number`.
    public var description: String { place(row: "row", line: "line", column: "column") + reason }

    /// The same in Vietnamese: `hàng 7 (dòng 9), cột C “Năm sinh”: …`.
    public var descriptionVi: String { place(row: "hàng", line: "dòng", column: "cột") + reasonVi }

    private func place(row rowWord: String, line lineWord: String, column columnWord: String) -> String {
        var parts: [String] = []
        if let row {
            parts.append("\(rowWord) \(row)" + (line.map { $0 != row ? " (\(lineWord) \($0))" : "" } ?? ""))
        } else if let line {
            parts.append("\(lineWord) \(line)")
        }
        if let letter = columnLetter {
            parts.append("\(columnWord) \(letter)" + (columnName.map { $0.isEmpty ? "" : " “\($0)”" } ?? ""))
        } else if let columnName {
            parts.append("\(columnWord) “\(columnName)”")
        }
        return parts.isEmpty ? "" : parts.joined(separator: ", ") + ": "
    }
}
