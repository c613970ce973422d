import KhuyenHocThreads
import Foundation
import GRDB

extension SQLiteRegistryStore {
    public func rows(of entity: RegistryEntity, page: PageRequest) async throws(RegistryError) -> Page<RegistryRow> {
        let page = try page.validated()
        // Clan members and staff have a pair of ids as their key; the cursor carries the first in
        // its sort key, as digits.
        let pair: (first: String, second: String)? = switch entity {
        case .clanMember: ("clan_id", "household_id")
        case .staffMember: ("unit_id", "person_id")
        default: nil
        }
        var after: (Int64, Int64)?
        if let cursor = page.cursor {
            guard pair == nil || Int64(cursor.sortKey) != nil else {
                throw .invalidPage("the cursor was not handed out for \(entity.rawValue)")
            }
            after = (Int64(cursor.sortKey) ?? 0, cursor.id)
        }
        let limit = page.limit
        return try await read { [after] db in
            let sql: String
            var arguments: StatementArguments = []
            if let pair {
                let filter = after == nil ? "" : "WHERE (\(pair.first), \(pair.second)) > (?, ?)"
                if let after { arguments = [after.0, after.1] }
                sql = "SELECT * FROM \(entity.table) \(filter) ORDER BY \(pair.first), \(pair.second) LIMIT \(limit + 1)"
            } else {
                let filter = after == nil ? "" : "WHERE id > ?"
                if let after { arguments = [after.1] }
                sql = "SELECT * FROM \(entity.table) \(filter) ORDER BY id LIMIT \(limit + 1)"
            }
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = try rows.prefix(limit).map { try Self.registryRow(entity, $0) }
            var next: PageCursor?
            if rows.count > limit, let last = rows.prefix(limit).last {
                next = if let pair {
                    PageCursor(sortKey: String(last[pair.first] as Int64), id: last[pair.second])
                } else {
                    PageCursor(sortKey: "", id: last["id"])
                }
            }
            return Page(items: items, next: next)
        }
    }

    private static func registryRow(_ entity: RegistryEntity, _ row: Row) throws -> RegistryRow {
        switch entity {
        case .commune: .commune(try Commune(row: row))
        case .community: .community(try Community(row: row))
        case .household: .household(try Household(row: row))
        case .person: .person(try Person(row: row))
        case .clan: .clan(try Clan(row: row))
        case .clanMember: .clanMember(try ClanMembership(row: row))
        case .unit: .unit(try Unit(row: row))
        case .staffMember: .staffMember(try UnitStaffMember(row: row))
        case .evidence: .evidence(try Evidence(row: row))
        case .result: .result(try StoredResult(row: row))
        case .recordOrigin: .origin(try RecordOrigin(row: row))
        }
    }

    public func backup(to path: String) async throws(RegistryError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .storageFailed("cannot back up to \(path): the file exists")
        }
        let source = writer
        // SQLite's backup runs synchronously; it gets a thread of its own rather than holding one
        // of the few that run the daemon's tasks.
        let failure: (any Error)? = await DedicatedThread.run(name: "khuyenhoc-backup") {
            do {
                // One step: the copy is of one read transaction, so of one committed state,
                // while writers go on in the WAL.
                try source.read { db in try SQLiteFileBackup.copy(db, to: path) }
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            for leftover in [path, path + "-wal", path + "-shm", path + "-journal"] { try? FileManager.default.removeItem(atPath: leftover) }
            throw DatabaseErrorMapping.storageError(failure)
        }
    }
}
