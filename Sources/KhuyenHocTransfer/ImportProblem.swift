/// One reason an import was refused, where a person finds it in the file: the line (and the row
/// as a spreadsheet shows it, when it differs), the column, and the field as the API names it.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The line of the file the row starts on; nil for the file as a whole.
    public var line: Int?
    /// The row as a spreadsheet shows it (the header is row 1).
    public var row: Int?
    /// The column, from 1; nil for a whole row.
    public var column: Int?
    /// The column's header as written in the file.
    public var columnName: String?
    /// The field as the API names it (`birthYear`), when the problem is one field's.
    public var field: String?
    public var reason: String
    /// The reason in Vietnamese, when there is one.
    public var reasonVi: String?

    public init(line: Int?, row: Int? = nil, column: Int?, columnName: String? = nil, field: String?, reason: String, reasonVi: String? = nil) {
        self.line = line
        self.row = row
        self.column = column
        self.columnName = columnName
        self.field = field
        self.reason = reason
        self.reasonVi = reasonVi
    }

    /// `12:3: birthYear: “19x5” is not a whole number`.
    public var description: String {
        "\(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-"): \(field.map { "\($0): " } ?? "")\(reason)"
    }
}
