/// Reads a table file against a schema, one row at a time: the header is matched to the
/// schema's columns, every cell read as its column's type, and every issue reported by row and
/// column. Rows are not kept, so memory stays flat whatever the file's size.
///
/// ``validate(_:)`` is the dry run: every issue, no rows. ``read(_:each:)`` hands each valid row
/// to the importer while the file is clean, so it can insert them in one transaction and roll
/// back when the file is refused.
public struct TableReader: Sendable {
    public let schema: TableSchema
    public var options: SpreadsheetOptions

    public init(schema: TableSchema, options: SpreadsheetOptions = SpreadsheetOptions()) {
        self.schema = schema
        self.options = options
    }

    /// Reads the whole file and reports every issue in it; keeps no row.
    public func validate(_ source: SpreadsheetSource) -> ValidationReport {
        run(source, deliver: false) { (_: ValidatedRow) throws(Never) in }
    }

    /// Reads the whole file, handing `each` every row while no issue has been found. Once one
    /// has, the rest of the file is only checked, and at the end ``SpreadsheetRejection`` is
    /// thrown with every issue: the rows `each` took must then be undone (roll back).
    ///
    /// `each` may throw ``RowRejection`` to refuse a row, which becomes an issue of that row;
    /// any other error stops the reading and is thrown as it is.
    @discardableResult
    public func read(_ source: SpreadsheetSource, each: (ValidatedRow) throws -> Void) throws -> ValidationReport {
        let report = try run(source, deliver: true, each)
        guard report.isValid else { throw SpreadsheetRejection(report: report) }
        return report
    }

    private func run<E: Error>(_ source: SpreadsheetSource, deliver: Bool,
                               _ each: (ValidatedRow) throws(E) -> Void) throws(E) -> ValidationReport {
        let cursor = TableCursor(schema: schema, options: options, source: source)
        while let row = cursor.next() {
            guard deliver else { continue }
            do {
                try each(row)
            } catch {
                guard let rejection = error as? RowRejection else { throw error }
                cursor.reject(row, rejection)
            }
        }
        return cursor.report
    }
}
