import GRDB

extension SQLiteRegistryStore {
    public func addHousehold(_ household: Household, members: [Person]) async throws(RegistryError) -> HouseholdWithMembers {
        try await write(.household, row: .household(household)) { db in
            let added = try RecordAccess.insert(household, in: db)
            var stored: [Person] = []
            for (index, member) in members.enumerated() {
                var member = member
                member.householdID = added.id
                do {
                    stored.append(try RecordAccess.insert(member, in: db))
                } catch {
                    // Name the member as the facts do (`members.2.birthYear`), so the caller finds the row.
                    switch DatabaseErrorMapping.registryError(error, entity: .person, row: .person(member)) {
                    case .constraintViolated(let entity, let field, let reason):
                        throw RegistryError.constraintViolated(entity: entity, field: "members.\(index).\(field)", reason: reason)
                    case let other:
                        throw other
                    }
                }
            }
            return HouseholdWithMembers(household: added, members: stored)
        }
    }

    public func updateHousehold(_ household: Household) async throws(RegistryError) -> Household {
        try await write(.household, row: .household(household)) { db in
            try RecordAccess.update(household, id: household.id, in: db)
        }
    }

    public func household(id: Int64) async throws(RegistryError) -> HouseholdWithMembers {
        try await read { db in
            let household = try RecordAccess.fetch(Household.self, id: id, in: db)
            let members = try Person.fetchAll(db, sql: "SELECT * FROM people WHERE household_id = ? ORDER BY id", arguments: [id])
            return HouseholdWithMembers(household: household, members: members)
        }
    }

    public func households(_ query: HouseholdQuery, page: PageRequest) async throws(RegistryError) -> Page<HouseholdWithMembers> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "households t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let community = query.communityID { sql.require("t.community_id = ?", community) }
        if let commune = query.communeID {
            sql.require("t.community_id IN (SELECT id FROM communities WHERE commune_id = ?)", commune)
        }
        if let clan = query.clanID {
            sql.require("t.id IN (SELECT household_id FROM clan_households WHERE clan_id = ?)", clan)
        }
        return try await read { [sql] db in
            let households = try sql.fetch(db, page: page, Household.init(row:))
            let ids = households.items.compactMap(\.id)
            guard !ids.isEmpty else { return households.map { HouseholdWithMembers(household: $0, members: []) } }
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            let members = try Person.fetchAll(
                db, sql: "SELECT * FROM people WHERE household_id IN (\(placeholders)) ORDER BY household_id, id",
                arguments: StatementArguments(ids))
            let byHousehold = Dictionary(grouping: members, by: { $0.householdID ?? 0 })
            return households.map { HouseholdWithMembers(household: $0, members: byHousehold[$0.id ?? 0] ?? []) }
        }
    }
}
