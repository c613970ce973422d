/// Reads a table file against a schema one row at a time, on demand: the pull side of
/// ``TableReader``, for a consumer that asks for rows (a database batch reading a sequence)
/// rather than being handed them. Rows come out only while the file is clean (unless
/// ``deliversAfterIssues``); after the first issue the rest of the file is still read, to report
/// every issue.
/// Memory stays flat: one chunk of the file and one row.
///
/// ```swift
/// let cursor = TableCursor(schema: schema, source: .file(path))
/// while let row = cursor.next() { … }
/// if !cursor.report.isValid { /* undo what the rows did */ }
/// ```
public final class TableCursor {
    public let schema: TableSchema
    public let options: SpreadsheetOptions
    private var collector: IssueCollector
    private var partial = ValidationReport(rowCount: 0, issues: [], issueCount: 0)
    private var reader: RecordReader?
    private var header: HeaderMatch?
    private var cellReader: CellReader
    private var unnamed: [Int] = []
    private var started = false
    private var done = false

    /// Prepares to read `source`; nothing is read before the first ``next()``. When the options
    /// give no decimal mark and `impliedDecimalMark` is set, the mark that goes with the file's
    /// separator (comma with `;`, as Excel pairs them) decides ambiguous numbers.
    public init(schema: TableSchema, options: SpreadsheetOptions = SpreadsheetOptions(), source: SpreadsheetSource,
                impliedDecimalMark: Bool = false) {
        self.schema = schema
        self.options = options
        collector = IssueCollector(limit: options.maxIssues)
        cellReader = CellReader(decimalMark: options.decimalMark)
        self.source = source
        self.impliedDecimalMark = impliedDecimalMark
    }

    private let source: SpreadsheetSource
    private let impliedDecimalMark: Bool

    /// What has been read so far; the whole file's report once ``next()`` has returned nil.
    public var report: ValidationReport {
        var report = partial
        report.issues = collector.issues
        report.issueCount = collector.count
        return report
    }

    /// True when an issue has been found: the file is refused.
    public var hasIssues: Bool { collector.count > 0 }

    /// Also give out the good rows after an issue was found, for a consumer that checks them too
    /// (to report every bad row in one pass) and undoes everything at the end anyway. Never when
    /// the header lacks a required column: a row's required values are always there.
    public var deliversAfterIssues = false

    /// Every required column is in the header.
    private var headerComplete = false

    /// The next row while the file is clean; nil at the end of the file, having read (and
    /// checked) the rest of it when an issue was found on the way.
    public func next() -> ValidatedRow? {
        if !started {
            started = true
            start()
        }
        guard let reader, let header, !done else { return nil }
        let width = header.names.count
        while let record = nextRecord(reader) {
            let issuesBefore = collector.count
            collector.add(record.issues)
            if record.isBlank { continue }
            partial.rowCount += 1
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
            if collector.count == 0 || (deliversAfterIssues && headerComplete && collector.count == issuesBefore) {
                return ValidatedRow(line: record.line, row: record.row, values: values, schema: schema)
            }
        }
        done = true
        return nil
    }

    /// Records that the consumer refused `row`, a row this cursor gave out: it becomes an issue
    /// of that row (in the column `rejection` names), and the file is refused.
    public func reject(_ row: ValidatedRow, _ rejection: RowRejection) {
        let column = rejection.columnID.flatMap(schema.index(of:)).flatMap { header?.fileColumn[$0] }
        var columnName: String?
        if let column, let header, column < header.names.count { columnName = header.names[column] }
        collector.add(SpreadsheetIssue(
            line: row.line, row: row.row, column: column.map { $0 + 1 }, columnName: columnName,
            columnID: rejection.columnID, problem: .rejected(reason: rejection.reason, reasonVi: rejection.reasonVi)))
    }

    /// Opens the file and matches its header.
    private func start() {
        let reader: RecordReader
        do {
            reader = try RecordReader(source, separator: options.separator)
        } catch {
            collector.add(error)
            return
        }
        partial.encoding = reader.encoding
        partial.separator = reader.separator
        if options.decimalMark == nil && impliedDecimalMark && reader.separator == .semicolon {
            cellReader = CellReader(decimalMark: .comma)
        }
        guard let headerRecord = nextRecord(reader) else {
            if collector.count == 0 { collector.add(SpreadsheetIssue(line: 1, row: 1, problem: .noHeader)) }
            return
        }
        collector.add(headerRecord.issues)
        guard !headerRecord.isBlank else {
            collector.add(SpreadsheetIssue(line: headerRecord.line, row: headerRecord.row, problem: .noHeader))
            return
        }
        let (header, headerIssues) = HeaderMatch.match(headerRecord, schema: schema)
        partial.header = header
        collector.add(headerIssues)
        unnamed = header.names.indices.filter { header.names[$0].isEmpty }
        self.reader = reader
        self.header = header
        headerComplete = schema.columns.indices.allSatisfy { !schema.columns[$0].isRequired || header.fileColumn[$0] != nil }
    }

    private func nextRecord(_ reader: RecordReader) -> SpreadsheetRecord? {
        do {
            return try reader.next()
        } catch {
            collector.add(error)
            return nil
        }
    }
}
