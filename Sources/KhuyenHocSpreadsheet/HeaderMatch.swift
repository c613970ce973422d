/// How a file's header row maps onto a schema.
public struct HeaderMatch: Sendable, Equatable {
    /// The header cells as written (NFC, trimmed).
    public let names: [String]
    /// For each file column, the schema column it fills; `nil` for an unknown, duplicate or unnamed one.
    public let schemaColumn: [Int?]
    /// For each schema column, the file column holding it; `nil` when the file lacks it.
    public let fileColumn: [Int?]

    /// Matches `record`, the header row, and lists what is wrong with it: unknown names, a
    /// column named twice (also under two aliases), required columns missing.
    static func match(_ record: SpreadsheetRecord, schema: TableSchema) -> (HeaderMatch, [SpreadsheetIssue]) {
        let names = record.cells.map(CellText.trimmed)
        var schemaColumn = [Int?](repeating: nil, count: names.count)
        var fileColumn = [Int?](repeating: nil, count: schema.columns.count)
        var issues: [SpreadsheetIssue] = []
        let known = schema.columns.map(\.displayName)
        for (index, name) in names.enumerated() where !name.isEmpty {
            let place = (line: record.line, row: record.row, column: index + 1, columnName: name)
            guard let target = schema.column(named: name) else {
                issues.append(SpreadsheetIssue(line: place.line, row: place.row, column: place.column, columnName: name,
                                               problem: .unknownColumn(name: name, known: known)))
                continue
            }
            if let first = fileColumn[target] {
                issues.append(SpreadsheetIssue(line: place.line, row: place.row, column: place.column, columnName: name,
                                               columnID: schema.columns[target].id,
                                               problem: .duplicateColumn(name: name, firstColumn: ColumnLetter.of(first + 1))))
                continue
            }
            fileColumn[target] = index
            schemaColumn[index] = target
        }
        for (target, column) in schema.columns.enumerated() where column.isRequired && fileColumn[target] == nil {
            issues.append(SpreadsheetIssue(line: record.line, row: record.row, columnName: column.displayName,
                                           columnID: column.id, problem: .missingColumn(names: column.names.isEmpty ? [column.id] : column.names)))
        }
        return (HeaderMatch(names: names, schemaColumn: schemaColumn, fileColumn: fileColumn), issues)
    }
}
