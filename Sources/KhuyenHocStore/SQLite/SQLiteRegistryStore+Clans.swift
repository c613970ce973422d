import GRDB

extension SQLiteRegistryStore {
    public func addClan(_ clan: Clan) async throws(RegistryError) -> Clan {
        try await write(.clan, row: .clan(clan)) { db in try RecordAccess.insert(clan, in: db) }
    }

    public func updateClan(_ clan: Clan) async throws(RegistryError) -> Clan {
        try await write(.clan, row: .clan(clan)) { db in try RecordAccess.update(clan, id: clan.id, in: db) }
    }

    public func clan(id: Int64) async throws(RegistryError) -> Clan {
        try await read { db in try RecordAccess.fetch(Clan.self, id: id, in: db) }
    }

    public func clans(_ query: ClanQuery, page: PageRequest) async throws(RegistryError) -> Page<Clan> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "clans t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let commune = query.communeID { sql.require("t.commune_id = ?", commune) }
        return try await read { [sql] db in try sql.fetch(db, page: page, Clan.init(row:)) }
    }

    public func addClanMembers(clanID: Int64, householdIDs: [Int64]) async throws(RegistryError) {
        try await write(.clanMember) { db in
            guard try RecordAccess.exists(.clan, id: clanID, in: db) else { throw RegistryError.notFound(entity: .clan, id: clanID) }
            for householdID in householdIDs {
                guard try RecordAccess.exists(.household, id: householdID, in: db) else {
                    throw RegistryError.notFound(entity: .household, id: householdID)
                }
                try db.execute(
                    sql: "INSERT INTO clan_households (clan_id, household_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    arguments: [clanID, householdID])
            }
        }
    }

    public func removeClanMember(clanID: Int64, householdID: Int64) async throws(RegistryError) {
        try await write(.clanMember) { db in
            guard try RecordAccess.exists(.clan, id: clanID, in: db) else { throw RegistryError.notFound(entity: .clan, id: clanID) }
            try db.execute(
                sql: "DELETE FROM clan_households WHERE clan_id = ? AND household_id = ?", arguments: [clanID, householdID])
            if db.changesCount == 0 { throw RegistryError.notFound(entity: .clanMember, id: householdID) }
        }
    }
}
