import GRDB

extension SQLiteRegistryStore {
    public func addUnit(_ unit: Unit) async throws(RegistryError) -> Unit {
        try await write(.unit, row: .unit(unit)) { db in try RecordAccess.insert(unit, in: db) }
    }

    public func updateUnit(_ unit: Unit) async throws(RegistryError) -> Unit {
        try await write(.unit, row: .unit(unit)) { db in try RecordAccess.update(unit, id: unit.id, in: db) }
    }

    public func unit(id: Int64) async throws(RegistryError) -> Unit {
        try await read { db in try RecordAccess.fetch(Unit.self, id: id, in: db) }
    }

    public func units(_ query: UnitQuery, page: PageRequest) async throws(RegistryError) -> Page<Unit> {
        let page = try page.validated()
        var sql = PageQuery(columns: "t.*", source: "units t", sortKey: "t.sort_key", id: "t.id")
        sql.requireName(query.name, column: "t.name_key")
        if let commune = query.communeID { sql.require("t.commune_id = ?", commune) }
        if let kind = query.kind { sql.require("t.kind = ?", kind) }
        return try await read { [sql] db in try sql.fetch(db, page: page, Unit.init(row:)) }
    }

    public func putStaffMember(_ member: UnitStaffMember) async throws(RegistryError) -> UnitStaffMember {
        try await write(.staffMember, row: .staffMember(member)) { db in
            try Self.put(member, in: db)
            return try UnitStaffMember.fetchOne(
                db, sql: "SELECT * FROM unit_staff WHERE unit_id = ? AND person_id = ?",
                arguments: [member.unitID, member.personID])!
        }
    }

    /// Adds the staff member or replaces their place in the unit.
    static func put(_ member: UnitStaffMember, in db: Database) throws {
        try member.validate()
        try RecordAccess.checkReferences(of: member, in: db)
        try db.execute(
            sql: """
                INSERT INTO unit_staff (unit_id, person_id, role, trained_this_year, digital_skills) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (unit_id, person_id) DO UPDATE SET
                    role = excluded.role, trained_this_year = excluded.trained_this_year,
                    digital_skills = excluded.digital_skills
                """,
            arguments: [
                member.unitID, member.personID, RegistryRules.optionalText(member.role),
                member.trainedThisYear, member.digitalSkills,
            ])
    }

    public func removeStaffMember(unitID: Int64, personID: Int64) async throws(RegistryError) {
        try await write(.staffMember) { db in
            guard try RecordAccess.exists(.unit, id: unitID, in: db) else { throw RegistryError.notFound(entity: .unit, id: unitID) }
            try db.execute(sql: "DELETE FROM unit_staff WHERE unit_id = ? AND person_id = ?", arguments: [unitID, personID])
            if db.changesCount == 0 { throw RegistryError.notFound(entity: .staffMember, id: personID) }
        }
    }

    public func staff(unitID: Int64, page: PageRequest) async throws(RegistryError) -> Page<StaffMember> {
        let page = try page.validated()
        var sql = PageQuery(
            columns: "p.*, s.unit_id, s.person_id, s.role, s.trained_this_year, s.digital_skills",
            source: "unit_staff s JOIN people p ON p.id = s.person_id", sortKey: "p.sort_key", id: "p.id")
        sql.require("s.unit_id = ?", unitID)
        return try await read { [sql] db in
            guard try RecordAccess.exists(.unit, id: unitID, in: db) else { throw RegistryError.notFound(entity: .unit, id: unitID) }
            return try sql.fetch(db, page: page) { row in
                StaffMember(person: try Person(row: row), membership: try UnitStaffMember(row: row))
            }
        }
    }
}
