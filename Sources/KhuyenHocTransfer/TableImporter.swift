import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore

/// Imports one table file into the registry, all or nothing: the file is read once, each row
/// checked and written as it is read (reading on one thread, writing on another, a few thousand
/// rows apart), in one transaction that is kept only when every row was good. A bad cell (reported by the spreadsheet reader with its line, column and reason) or a row
/// the registry refuses (a household id that does not exist) rolls the whole file back.
///
/// ```swift
/// let importer = TableImporter(table: .people, importer: getuid())
/// switch try await importer.run(file: "/var/lib/khuyenhoc/spool/upload-…", into: store, dryRun: false) { … }
/// ```
public struct TableImporter: Sendable {
    public var table: TransferTable
    /// The separator, or nil to detect it from the header row.
    public var separator: FieldSeparator?
    /// The decimal mark, or nil: then the mark that goes with the separator (comma with `;`).
    public var decimalMark: DecimalMark?
    /// The most problems reported; the rest are counted as `more`.
    public var maxErrors: Int
    /// Who imports (the caller's uid): evidence without "entered by" is theirs.
    public var importer: UInt32

    public init(table: TransferTable, separator: FieldSeparator? = nil, decimalMark: DecimalMark? = nil, maxErrors: Int = 100,
                importer: UInt32) {
        self.table = table
        self.separator = separator
        self.decimalMark = decimalMark
        self.maxErrors = max(1, maxErrors)
        self.importer = importer
    }

    /// Imports the file at `path`; with `dryRun`, checks everything inside a transaction that is
    /// rolled back. Throws only for the storage's own failures (``RegistryError/diskFull``).
    public func run(file path: String, into store: any RegistryStore, dryRun: Bool, now: Date = Date()) async throws(RegistryError)
        -> ImportOutcome
    {
        let communes = table.refersToCommunes ? try await CommuneDirectory.load(store) : CommuneDirectory([])
        let schema = table.schema
        let options = SpreadsheetOptions(separator: separator, decimalMark: decimalMark, maxIssues: maxErrors)
        let ledger = ImportLedger()
        let cursor = TableCursor(schema: schema, options: options, source: .file(path), impliedDecimalMark: true)
        // Good rows after a bad one still go to the store, which rolls back in the end, so that
        // one pass finds every row it would refuse too.
        cursor.deliversAfterIssues = true
        let pipe = RowPipe()
        ImportProducer(
            cursor: cursor, mapper: RowMapper(table: table, communes: communes, importer: importer, now: now), ledger: ledger, pipe: pipe
        ).start()
        var refused: [RejectedRow] = []
        var refusedMore = false
        var summary = BatchSummary()
        do {
            summary = try await store.insertBatch(from: ImportSource(pipe: pipe), maxErrors: maxErrors, dryRun: dryRun)
        } catch .batchRejected(let rows, let more) {
            refused = rows
            refusedMore = more
        }
        // The store reads no more: a reader still going (the store stopped at its limit of
        // errors) stops at its next row, and its report is then final.
        pipe.cancel()
        pipe.waitUntilFinished()
        guard let report = ledger.report else {
            // The store asks for at least one row (nil at least), so the source has always reported.
            return .rejected(problems: [ImportProblem(line: nil, column: nil, field: nil, reason: "the file was not read")], more: false)
        }
        if report.isValid && refused.isEmpty {
            return .accepted(ImportSummary(
                table: table, dryRun: dryRun, rows: report.rowCount, written: summary.total, encoding: report.encoding,
                separator: report.separator))
        }
        var problems = report.issues.map(problem)
        problems += refused.map { problem($0, ledger: ledger, header: report.header) }
        problems.sort { a, b in
            let left: (Int, Int) = (a.line ?? 0, a.column ?? 0)
            let right: (Int, Int) = (b.line ?? 0, b.column ?? 0)
            return left < right
        }
        let more = refusedMore || report.issueCount > report.issues.count || problems.count > maxErrors
        return .rejected(problems: Array(problems.prefix(maxErrors)), more: more)
    }

    private func problem(_ issue: SpreadsheetIssue) -> ImportProblem {
        ImportProblem(line: issue.line, row: issue.row, column: issue.column, columnName: issue.columnName,
                      field: issue.columnID, reason: issue.reason, reasonVi: issue.reasonVi)
    }

    /// A row the store refused, placed by the line it came from and the column of the field at fault.
    private func problem(_ rejected: RejectedRow, ledger: ImportLedger, header: HeaderMatch?) -> ImportProblem {
        let place = ledger.place(ofBatchRow: rejected.index)
        let (field, reason) = Self.fieldAndReason(rejected.error, table: table)
        let schema = table.schema
        var fileColumn = field.flatMap(schema.index(of:)).flatMap { header?.fileColumn[$0] }
        // A commune named by its code: the code is what the secretary wrote.
        if field == "communeID", fileColumn == nil, let index = schema.index(of: "communeCode") {
            fileColumn = header?.fileColumn[index]
        }
        return ImportProblem(
            line: place.map { Int($0.line) }, row: place.map { Int($0.row) }, column: fileColumn.map { $0 + 1 },
            columnName: fileColumn.flatMap { column in header.flatMap { column < $0.names.count ? $0.names[column] : nil } },
            field: field, reason: reason)
    }

    /// The field a registry error is about, as the table's columns name it, and why.
    static func fieldAndReason(_ error: RegistryError, table: TransferTable) -> (String?, String) {
        switch error {
        case .notFound(let entity, let id):
            return (referenceField(to: entity, in: table), "no \(entity.rawValue) has the id \(id)")
        case .constraintViolated(_, let field, let reason):
            if field == "reference" || field.isEmpty { return (nil, reason) }
            return (field, reason)
        case .duplicateStatisticsCode(let code):
            return ("statisticsCode", "another commune has the statistics code \(code) in an overlapping period")
        default:
            return (nil, error.description)
        }
    }

    /// The column of `table` that refers to a record of `entity`.
    private static func referenceField(to entity: RegistryEntity, in table: TransferTable) -> String? {
        switch (table, entity) {
        case (.evidence, _), (.results, _): "subjectID"
        case (.communes, .commune): "mergedInto"
        case (_, .commune): "communeID"
        case (_, .community): "communityID"
        case (_, .household): "householdID"
        case (_, .clan): "clanID"
        case (_, .unit): "unitID"
        case (_, .person): "personID"
        default: nil
        }
    }
}
