import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore

/// Reads a table file on a thread of its own and sends its records down a ``RowPipe`` in file
/// order, noting where each came from in the ledger (in the same order, so that the store's n-th
/// row is the ledger's n-th place). Owned by its thread alone once started.
///
/// Communes are the one table whose rows refer to rows of the same table (a commune merged into
/// another); one whose successor has not been written yet waits until the end of the file. Good
/// rows after a bad one are still sent, so that the store reports those it would refuse too.
final class ImportProducer: @unchecked Sendable {
    private let cursor: TableCursor
    private let mapper: RowMapper
    private let ledger: ImportLedger
    private let pipe: RowPipe
    private var waiting: [(commune: Commune, line: Int, row: Int)] = []
    private var writtenCommunes: Set<Int64> = []

    init(cursor: TableCursor, mapper: RowMapper, ledger: ImportLedger, pipe: RowPipe) {
        self.cursor = cursor
        self.mapper = mapper
        self.ledger = ledger
        self.pipe = pipe
    }

    /// Starts the thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "import reader"
        thread.start()
    }

    private func run() {
        var batch: [PreparedRow] = []
        batch.reserveCapacity(RowPipe.batchSize)
        var places: [ImportLedger.Place] = []
        var reported = false
        func send() -> Bool {
            ledger.handOut(places)
            places.removeAll(keepingCapacity: true)
            defer { batch.removeAll(keepingCapacity: true) }
            return pipe.push(batch)
        }
        func add(_ record: RegistryRow, line: Int, row: Int) -> Bool {
            // Checked, keyed and bound here, off the writer's thread.
            batch.append(PreparedRow(record))
            places.append(ImportLedger.Place(line: Int32(clamping: line), row: Int32(clamping: row)))
            return batch.count < RowPipe.batchSize || send()
        }
        reading: while let row = cursor.next() {
            if pipe.isCancelled { break }
            // The header places the store's refusals; the issues are the file's.
            if !reported || cursor.hasIssues {
                reported = true
                ledger.report = cursor.report
            }
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
            guard add(record, line: row.line, row: row.row) else { break reading }
        }
        ledger.report = cursor.report
        // A successor before the communes merged into it; a target outside the file (or a cycle,
        // which the store refuses) in file order.
        while !waiting.isEmpty && !pipe.isCancelled {
            let waitingIDs = Set(waiting.compactMap(\.commune.id))
            let index = waiting.firstIndex { !waitingIDs.contains($0.commune.mergedInto!) } ?? 0
            let next = waiting.remove(at: index)
            guard add(.commune(next.commune), line: next.line, row: next.row) else { break }
        }
        if !batch.isEmpty && !pipe.isCancelled { _ = send() }
        pipe.finish(failed: cursor.hasIssues)
    }
}
