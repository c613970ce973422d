import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore

/// Reads a table file and turns each row into its record exactly as ``TableImporter`` does,
/// without a store: the part of an import that the file alone decides. The fuzzer and its
/// regression tests run imported bytes through it.
public struct TableFileCheck: Sendable {
    public var table: TransferTable
    /// The registry's communes, which rows may name by statistics code.
    public var communes: CommuneDirectory
    public var maxErrors: Int

    public init(table: TransferTable, communes: CommuneDirectory, maxErrors: Int = 100) {
        self.table = table
        self.communes = communes
        self.maxErrors = max(1, maxErrors)
    }

    /// Reads `source` to its end; the file's report (with the rows the mapping refused) and the
    /// rows it took, checked against the registry's rules as the store's batch would check them.
    public func run(_ source: SpreadsheetSource, now: Date) -> (report: ValidationReport, rows: [PreparedRow]) {
        let cursor = TableCursor(
            schema: table.schema, options: SpreadsheetOptions(maxIssues: maxErrors), source: source, impliedDecimalMark: true)
        cursor.deliversAfterIssues = true
        let mapper = RowMapper(table: table, communes: communes, importer: 0, now: now)
        var rows: [PreparedRow] = []
        while let row = cursor.next() {
            do {
                rows.append(PreparedRow(try mapper.map(row)))
            } catch {
                cursor.reject(row, error)
            }
        }
        return (cursor.report, rows)
    }
}
