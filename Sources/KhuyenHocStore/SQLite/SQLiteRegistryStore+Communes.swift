import GRDB

extension SQLiteRegistryStore {
    public func addCommune(_ commune: Commune) async throws(RegistryError) -> Commune {
        try await write(.commune, row: .commune(commune)) { db in
            try RecordAccess.insert(commune, in: db)
        }
    }

    public func updateCommune(_ commune: Commune) async throws(RegistryError) -> Commune {
        try await write(.commune, row: .commune(commune)) { db in
            if let target = commune.mergedInto, let id = commune.id {
                try Self.checkNoMergeCycle(merging: [id], into: target, in: db)
            }
            return try RecordAccess.update(commune, id: commune.id, in: db)
        }
    }

    public func commune(id: Int64) async throws(RegistryError) -> Commune {
        try await read { db in try RecordAccess.fetch(Commune.self, id: id, in: db) }
    }

    public func commune(statisticsCode: String, on date: CalendarDate?) async throws(RegistryError) -> Commune? {
        try await read { db in
            if let date {
                return try Commune.fetchOne(db, sql: """
                    SELECT * FROM communes WHERE statistics_code = ?
                        AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)
                    """, arguments: [statisticsCode, date, date])
            }
            // Periods of one code never overlap, so the latest start is the latest commune.
            return try Commune.fetchOne(db, sql: """
                SELECT * FROM communes WHERE statistics_code = ? ORDER BY coalesce(valid_from, '') DESC LIMIT 1
                """, arguments: [statisticsCode])
        }
    }

    public func communes(_ query: CommuneQuery, page: PageRequest) async throws(RegistryError) -> Page<Commune> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "communes t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let date = query.existingOn {
            sql.require("(t.valid_from IS NULL OR t.valid_from <= ?) AND (t.valid_until IS NULL OR t.valid_until >= ?)", date, date)
        }
        if let target = query.mergedInto { sql.require("t.merged_into_id = ?", target) }
        return try await read { [sql] db in try sql.fetch(db, page: page, Commune.init(row:)) }
    }

    public func recordMerge(of communeIDs: [Int64], into target: Int64, on date: CalendarDate) async throws(RegistryError) -> [Commune] {
        var seen = Set<Int64>()
        let sources = communeIDs.filter { seen.insert($0).inserted }
        guard !sources.isEmpty else {
            throw .constraintViolated(entity: .commune, field: "communeIDs", reason: "name at least one commune to merge")
        }
        return try await write(.commune) { db in
            var targetCommune = try RecordAccess.fetch(Commune.self, id: target, in: db)
            try Self.checkNoMergeCycle(merging: sources, into: target, in: db)
            var merged: [Commune] = []
            for id in sources {
                var commune = try RecordAccess.fetch(Commune.self, id: id, in: db)
                if let earlier = commune.mergedInto, let on = commune.mergedOn {
                    throw RegistryError.constraintViolated(
                        entity: .commune, field: "mergedInto",
                        reason: "\(commune.name) (\(commune.statisticsCode)) was already merged into commune \(earlier) on \(on)")
                }
                let lastDay = date.previousDay
                if let validFrom = commune.validFrom, validFrom > lastDay {
                    throw RegistryError.constraintViolated(
                        entity: .commune, field: "mergedOn",
                        reason: "\(commune.name) (\(commune.statisticsCode)) came into being on \(validFrom), not before the merge on \(date)")
                }
                commune.mergedInto = target
                commune.mergedOn = date
                if commune.validUntil.map({ $0 > lastDay }) ?? true { commune.validUntil = lastDay }
                merged.append(try RecordAccess.update(commune, id: id, in: db))
            }
            if targetCommune.validFrom == nil {
                targetCommune.validFrom = date
                _ = try RecordAccess.update(targetCommune, id: target, in: db)
            }
            return merged
        }
    }

    /// Refuses a merge that would make a commune, through the chain of later merges, part of itself.
    static func checkNoMergeCycle(merging sources: [Int64], into target: Int64, in db: Database) throws {
        var current: Int64? = target
        var steps = 0
        while let id = current {
            if sources.contains(id) {
                throw RegistryError.constraintViolated(
                    entity: .commune, field: "mergedInto",
                    reason: "commune \(target) is, or was merged into, commune \(id), which cannot be merged into it")
            }
            guard try RecordAccess.exists(.commune, id: id, in: db) else { throw RegistryError.notFound(entity: .commune, id: id) }
            current = try Int64.fetchOne(db, sql: "SELECT merged_into_id FROM communes WHERE id = ?", arguments: [id])
            steps += 1
            // A chain longer than the number of communes can only be a cycle written by another program.
            if steps > 100_000 { break }
        }
    }
}
