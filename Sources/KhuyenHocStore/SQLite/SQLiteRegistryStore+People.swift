import GRDB

extension SQLiteRegistryStore {
    public func addPerson(_ person: Person) async throws(RegistryError) -> Person {
        try await write(.person, row: .person(person)) { db in try RecordAccess.insert(person, in: db) }
    }

    public func updatePerson(_ person: Person) async throws(RegistryError) -> Person {
        try await write(.person, row: .person(person)) { db in try RecordAccess.update(person, id: person.id, in: db) }
    }

    public func person(id: Int64) async throws(RegistryError) -> Person {
        try await read { db in try RecordAccess.fetch(Person.self, id: id, in: db) }
    }

    public func people(_ query: PersonQuery, page: PageRequest) async throws(RegistryError) -> Page<Person> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "people t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let household = query.householdID { sql.require("t.household_id = ?", household) }
        if let commune = query.communeID {
            sql.require("""
                t.household_id IN (SELECT h.id FROM households h JOIN communities c ON c.id = h.community_id
                                   WHERE c.commune_id = ?)
                """, commune)
        }
        return try await read { [sql] db in try sql.fetch(db, page: page, Person.init(row:)) }
    }
}
