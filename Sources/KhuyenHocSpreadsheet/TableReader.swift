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
        var collector = IssueCollector(limit: options.maxIssues)
        var report = ValidationReport(rowCount: 0, issues: [], issueCount: 0)
        func finished() -> ValidationReport {
            report.issues = collector.issues
            report.issueCount = collector.count
            return report
        }

        let reader: RecordReader
        do {
            reader = try RecordReader(source, separator: options.separator)
        } catch {
            collector.add(error)
            return finished()
        }
        report.encoding = reader.encoding
        report.separator = reader.separator
        func nextRecord() -> SpreadsheetRecord? {
            do {
                return try reader.next()
            } catch {
                collector.add(error)
                return nil
            }
        }

        guard let headerRecord = nextRecord() else {
            if collector.count == 0 { collector.add(SpreadsheetIssue(line: 1, row: 1, problem: .noHeader)) }
            return finished()
        }
        collector.add(headerRecord.issues)
        guard !headerRecord.isBlank else {
            collector.add(SpreadsheetIssue(line: headerRecord.line, row: headerRecord.row, problem: .noHeader))
            return finished()
        }
        let (header, headerIssues) = HeaderMatch.match(headerRecord, schema: schema)
        report.header = header
        collector.add(headerIssues)

        let cellReader = CellReader(decimalMark: options.decimalMark)
        let width = header.names.count
        let unnamed = header.names.indices.filter { header.names[$0].isEmpty }
        while let record = nextRecord() {
            collector.add(record.issues)
            if record.isBlank { continue }
            report.rowCount += 1
            let cells = record.cells
            func issue(_ column: Int?, _ id: String?, _ problem: SpreadsheetProblem) {
                collector.add(SpreadsheetIssue(line: record.line, row: record.row, column: column.map { $0 + 1 },
                                               columnName: column.flatMap { $0 < width ? header.names[$0] : nil },
                                               columnID: id, problem: problem))
            }
            if cells.count > width, let last = cells.lastIndex(where: { !CellText.trimmed($0).isEmpty }), last >= width {
                issue(nil, nil, .extraCells(count: last + 1, expected: width, separator: reader.separator))
            }
            for column in unnamed where column < cells.count {
                let value = CellText.trimmed(cells[column])
                if !value.isEmpty { issue(column, nil, .valueWithoutHeader(value: value)) }
            }
            var values: [CellValue] = []
            values.reserveCapacity(schema.columns.count)
            for (index, spec) in schema.columns.enumerated() {
                guard let column = header.fileColumn[index] else {
                    values.append(.empty)
                    continue
                }
                do {
                    let value = try cellReader.value(column < cells.count ? cells[column] : "", as: spec.type)
                    if spec.isRequired && value == .empty { issue(column, spec.id, .missingValue) }
                    values.append(value)
                } catch {
                    issue(column, spec.id, error)
                    values.append(.empty)
                }
            }
            guard deliver && collector.count == 0 else { continue }
            do {
                try each(ValidatedRow(line: record.line, row: record.row, values: values, schema: schema))
            } catch {
                guard let rejection = error as? RowRejection else { throw error }
                let column = rejection.columnID.flatMap(schema.index(of:)).flatMap { header.fileColumn[$0] }
                issue(column, rejection.columnID, .rejected(reason: rejection.reason, reasonVi: rejection.reasonVi))
            }
        }
        return finished()
    }
}
