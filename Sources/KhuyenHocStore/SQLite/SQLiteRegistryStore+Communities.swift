import GRDB

extension SQLiteRegistryStore {
    public func addCommunity(_ community: Community) async throws(RegistryError) -> Community {
        try await write(.community, row: .community(community)) { db in try RecordAccess.insert(community, in: db) }
    }

    public func updateCommunity(_ community: Community) async throws(RegistryError) -> Community {
        try await write(.community, row: .community(community)) { db in
            try RecordAccess.update(community, id: community.id, in: db)
        }
    }

    public func community(id: Int64) async throws(RegistryError) -> Community {
        try await read { db in try RecordAccess.fetch(Community.self, id: id, in: db) }
    }

    public func communities(_ query: CommunityQuery, page: PageRequest) async throws(RegistryError) -> Page<Community> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "communities t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let commune = query.communeID { sql.require("t.commune_id = ?", commune) }
        return try await read { [sql] db in try sql.fetch(db, page: page, Community.init(row:)) }
    }
}
