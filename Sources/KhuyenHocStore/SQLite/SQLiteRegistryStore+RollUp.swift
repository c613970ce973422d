import GRDB

extension SQLiteRegistryStore: RollUpStore {
    public func layout() async throws(RegistryError) -> RegistryLayout {
        try await read { db in
            var layout = RegistryLayout()
            layout.communities = try Self.placements(db, "SELECT id, commune_id FROM communities ORDER BY id")
            layout.households = try Self.placements(db, "SELECT id, community_id FROM households ORDER BY id")
            layout.clans = try Self.placements(db, "SELECT id, commune_id FROM clans ORDER BY id")
            layout.clanHouseholds = try Self.placements(db, "SELECT household_id, clan_id FROM clan_households ORDER BY clan_id, household_id")
            layout.units = try Self.placements(db, "SELECT id, commune_id FROM units ORDER BY id")
            let people = try Row.fetchCursor(db, sql: """
                SELECT id, household_id, birth_year, target_group, in_school, completed_universal_education, literate,
                    studied_this_year, good_conduct, results_average_or_better FROM people ORDER BY id
                """)
            while let row = try people.next() {
                layout.people.append(RegistryLayout.Member(
                    id: row[0], householdID: row[1], birthYear: row[2], targetGroup: row[3], inSchool: row[4],
                    completedUniversalEducation: row[5], literate: row[6], studiedThisYear: row[7], goodConduct: row[8],
                    resultsAverageOrBetter: row[9]))
            }
            let staff = try Row.fetchCursor(db, sql: """
                SELECT unit_id, person_id, trained_this_year, digital_skills FROM unit_staff ORDER BY unit_id, person_id
                """)
            while let row = try staff.next() {
                layout.staff.append(RegistryLayout.Staff(unitID: row[0], personID: row[1], trainedThisYear: row[2], digitalSkills: row[3]))
            }
            return layout
        }
    }

    private static func placements(_ db: Database, _ sql: String) throws -> [RegistryLayout.Placement] {
        var placements: [RegistryLayout.Placement] = []
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() { placements.append(RegistryLayout.Placement(id: row[0], parentID: row[1])) }
        return placements
    }

    public func evidenceFacts(model: RegistryModel, year: Int) async throws(RegistryError) -> [Int64: String] {
        try await read { db in
            var facts: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT subject_id, facts FROM evidence WHERE model = ? AND year = ?", arguments: [model, year])
            while let row = try rows.next() { facts[row[0]] = row[1] }
            return facts
        }
    }

    public func latestOutcomes(model: RegistryModel, year: Int) async throws(RegistryError) -> [Int64: LatestOutcome] {
        try await read { db in
            var outcomes: [Int64: LatestOutcome] = [:]
            // In the index's order, so the last row of each subject is its latest result.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT r.subject_id, r.recognized, i.digest FROM results r
                LEFT JOIN result_inputs i ON i.result_id = r.id
                WHERE r.model = ? AND r.year = ?
                ORDER BY r.subject_id, r.evaluated_at, r.id
                """, arguments: [model, year])
            while let row = try rows.next() {
                outcomes[row[0]] = LatestOutcome(recognized: row[1], inputsDigest: row[2])
            }
            return outcomes
        }
    }

    public func storeResults(_ results: [DigestedResult]) async throws(RegistryError) {
        guard !results.isEmpty else { return }
        try await write(.result) { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO results (model, subject_id, year, rubric_version, recognized, total, grade, result, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let digest = try db.cachedStatement(sql: "INSERT INTO result_inputs (result_id, digest) VALUES (?, ?)")
            // Results name their subject without a foreign key (one column for five tables).
            var exists: [RegistryModel: Statement] = [:]
            for model in Set(results.map(\.result.model)) {
                exists[model] = try db.cachedStatement(sql: "SELECT 1 FROM \(model.subject.table) WHERE id = ?")
            }
            for item in results {
                let result = item.result
                try result.validate()
                guard try Bool.fetchOne(exists[result.model]!, arguments: [result.subjectID]) != nil else {
                    throw RegistryError.notFound(entity: result.model.subject, id: result.subjectID)
                }
                try insert.execute(arguments: [
                    result.model, result.subjectID, result.year, result.rubricVersion, result.recognized, result.total,
                    result.grade, result.result, Timestamp.string(from: result.evaluatedAt),
                ])
                try digest.execute(arguments: [db.lastInsertedRowID, item.inputsDigest])
            }
        }
    }
}

extension Evidence {
    /// The years evidence and results may be recorded for.
    public static var years: ClosedRange<Int> { RegistryRules.evaluationYears }
}
