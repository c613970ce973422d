import GRDB

extension SQLiteRegistryStore {
    public func insertBatch(_ rows: sending some Sequence<RegistryRow>, maxErrors: Int) async throws(RegistryError) -> BatchSummary {
        try await insertBatch(from: SequenceSource(rows), maxErrors: maxErrors, dryRun: false)
    }

    public func insertBatch(from rows: sending some BatchSource, maxErrors: Int, dryRun: Bool) async throws(RegistryError) -> BatchSummary {
        let source = TransferredRows(rows)
        let limit = max(1, maxErrors)
        do {
            let writer = writer
            return try await threads.write { try writer.write { db in
                let lastEvidenceBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM evidence") ?? 0
                var statements = BatchStatements(db)
                var written: [RegistryEntity: Int] = [:]
                var rejected: [RejectedRow] = []
                var index = 0
                while let prepared = source.next() {
                    let row = prepared.row
                    do {
                        try Self.write(prepared, lastEvidenceBefore: lastEvidenceBefore, statements: &statements, in: db)
                        written[row.entity, default: 0] += 1
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                        // A failed statement undoes only itself; the transaction goes on, so that one
                        // pass reports every bad row.
                        rejected.append(RejectedRow(index: index, error: try Self.explain(error, writing: row, in: db)))
                    } catch let error as RegistryError {
                        rejected.append(RejectedRow(index: index, error: error))
                    }
                    index += 1
                    if rejected.count >= limit {
                        throw RegistryError.batchRejected(rows: rejected, more: source.next() != nil)
                    }
                }
                if !rejected.isEmpty { throw RegistryError.batchRejected(rows: rejected, more: false) }
                // Throwing is how GRDB rolls a transaction back.
                if dryRun || source.failed { throw RolledBack(summary: BatchSummary(written: written)) }
                return BatchSummary(written: written)
            } }
        } catch let rolledBack as RolledBack {
            return rolledBack.summary
        } catch {
            // Rows' own failures are in `batchRejected`; what is left is the storage's.
            throw DatabaseErrorMapping.storageError(error)
        }
    }

    /// Writes one row of a batch. References are left to the foreign keys (a look-up per row would
    /// cost as much as the insert), except where a model's subject may be in any of five tables.
    private static func write(
        _ prepared: PreparedRow, lastEvidenceBefore: Int64, statements: inout BatchStatements, in db: Database
    ) throws {
        if let invalid = prepared.invalid { throw invalid }
        let row = prepared.row
        switch row {
        case .evidence(let record):
            try RecordAccess.checkReferences(of: record, in: db)
            // Evidence of an earlier import is replaced; the same subject and year twice in one
            // batch is a mistake in the file.
            if try put(record, replacingBatchRowsUpTo: lastEvidenceBefore, in: db) == nil {
                throw RegistryError.constraintViolated(
                    entity: .evidence, field: "year", reason: "evidence for this subject and year is given twice in the batch")
            }
        case .result(let record):
            try RecordAccess.checkReferences(of: record, in: db)
            try statements.insert(record)
        default:
            if let arguments = prepared.arguments {
                try statements.insert(arguments, as: type(of: row.record))
            } else {
                try statements.insert(row.record)
            }
        }
    }

    /// The error of a row refused by a constraint; a foreign key failure says which record is missing.
    private static func explain(_ error: DatabaseError, writing row: RegistryRow, in db: Database) throws -> RegistryError {
        if error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            do {
                try RecordAccess.checkReferences(of: row.record, in: db)
            } catch let missing as RegistryError {
                return missing
            }
        }
        return DatabaseErrorMapping.registryError(error, entity: row.entity, row: row)
    }
}

/// Carries a batch's summary out of a transaction that is rolled back on purpose.
private struct RolledBack: Error {
    let summary: BatchSummary
}
