import KhuyenHocSpreadsheet
import KhuyenHocStore

/// The rows of a table file as a batch for the store: read, checked and turned into records one
/// at a time as the store asks for them, so an import holds one row whatever the file's size. A
/// bad cell anywhere makes the source ``failed``: the store then rolls back what it wrote. Good
/// rows after a bad one are still handed out, so that the store reports those it would refuse.
///
/// Communes are the one table whose rows refer to rows of the same table (a commune merged into
/// another); one whose successor has not been written yet waits until the end of the file.
final class ImportSource: BatchSource {
    private let cursor: TableCursor
    private let mapper: RowMapper
    private let ledger: ImportLedger
    private var waiting: [(commune: Commune, line: Int, row: Int)] = []
    private var writtenCommunes: Set<Int64> = []

    init(cursor: TableCursor, mapper: RowMapper, ledger: ImportLedger) {
        self.cursor = cursor
        self.mapper = mapper
        self.ledger = ledger
    }

    var failed: Bool { cursor.hasIssues }

    func next() -> RegistryRow? {
        // The report so far (its header places the store's refusals) whenever the store stops asking.
        defer { ledger.report = cursor.report }
        while let row = cursor.next() {
            let record: RegistryRow
            do {
                record = try mapper.map(row)
            } catch {
                cursor.reject(row, error)
                continue
            }
            if case .commune(let commune) = record {
                if let target = commune.mergedInto, !writtenCommunes.contains(target) {
                    waiting.append((commune, row.line, row.row))
                    continue
                }
                if let id = commune.id { writtenCommunes.insert(id) }
            }
            ledger.handOut(line: row.line, row: row.row)
            return record
        }
        guard !waiting.isEmpty else { return nil }
        // A successor before the communes merged into it; a target outside the file (or a cycle,
        // which the store refuses) in file order.
        let waitingIDs = Set(waiting.compactMap(\.commune.id))
        let index = waiting.firstIndex { !waitingIDs.contains($0.commune.mergedInto!) } ?? 0
        let next = waiting.remove(at: index)
        ledger.handOut(line: next.line, row: next.row)
        return .commune(next.commune)
    }
}
