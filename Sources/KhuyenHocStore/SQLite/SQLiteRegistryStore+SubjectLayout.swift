import GRDB

/// `EvaluateSubject`'s reads: only what one subject's result depends on, so that evaluating a
/// household reads its few members rather than the district (khuyenhoc-bench --roll-up measures
/// it). Lists of ids are bound as one JSON array and read with `json_each`.
extension SQLiteRegistryStore {
    public func layout(around model: RegistryModel, id: Int64) async throws(RegistryError) -> RegistryLayout {
        try await read { db in
            var layout = RegistryLayout()
            var households: [Int64] = []
            switch model {
            case .citizen:
                layout.people = try Self.members(db, "WHERE id = ?", [id])
            case .family:
                layout.households = try Self.placements(db, "SELECT id, community_id FROM households WHERE id = ?", [id])
                households = layout.households.map(\.id)
            case .clan:
                layout.clans = try Self.placements(db, "SELECT id, commune_id FROM clans WHERE id = ?", [id])
                layout.clanHouseholds = try Self.placements(
                    db, "SELECT household_id, clan_id FROM clan_households WHERE clan_id = ? ORDER BY clan_id, household_id", [id])
                households = layout.clanHouseholds.map(\.id)
                layout.households = try Self.placements(
                    db, "SELECT id, community_id FROM households WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", [Self.list(households)])
            case .community:
                layout.communities = try Self.placements(db, "SELECT id, commune_id FROM communities WHERE id = ?", [id])
                let living = try Int64.fetchAll(db, sql: "SELECT id FROM households WHERE community_id = ? ORDER BY id", arguments: [id])
                // Every membership of every clan with a household here: the clans are evaluated too.
                layout.clanHouseholds = try Self.placements(db, """
                    SELECT household_id, clan_id FROM clan_households WHERE clan_id IN (
                        SELECT clan_id FROM clan_households WHERE household_id IN (SELECT value FROM json_each(?)))
                    ORDER BY clan_id, household_id
                    """, [Self.list(living)])
                let clans = Array(Set(layout.clanHouseholds.map(\.parentID))).sorted()
                layout.clans = try Self.placements(
                    db, "SELECT id, commune_id FROM clans WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", [Self.list(clans)])
                households = Array(Set(living + layout.clanHouseholds.map(\.id))).sorted()
                layout.households = try Self.placements(
                    db, "SELECT id, community_id FROM households WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", [Self.list(households)])
            case .unit:
                layout.units = try Self.placements(db, "SELECT id, commune_id FROM units WHERE id = ?", [id])
                let staff = try Row.fetchCursor(db, sql: """
                    SELECT unit_id, person_id, trained_this_year, digital_skills FROM unit_staff WHERE unit_id = ? ORDER BY unit_id, person_id
                    """, arguments: [id])
                while let row = try staff.next() {
                    layout.staff.append(RegistryLayout.Staff(unitID: row[0], personID: row[1], trainedThisYear: row[2], digitalSkills: row[3]))
                }
                layout.people = try Self.members(
                    db, "WHERE id IN (SELECT value FROM json_each(?))", [Self.list(layout.staff.map(\.personID))])
            }
            if !households.isEmpty {
                layout.people = try Self.members(db, "WHERE household_id IN (SELECT value FROM json_each(?))", [Self.list(households)])
            }
            return layout
        }
    }

    public func evidenceFacts(model: RegistryModel, year: Int, subjects: [Int64]) async throws(RegistryError) -> [Int64: String] {
        try await read { db in
            var facts: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT subject_id, facts FROM evidence WHERE model = ? AND year = ? AND subject_id IN (SELECT value FROM json_each(?))
                """, arguments: [model, year, Self.list(subjects)])
            while let row = try rows.next() { facts[row[0]] = row[1] }
            return facts
        }
    }

    public func latestOutcomes(model: RegistryModel, year: Int, subjects: [Int64]) async throws(RegistryError) -> [Int64: LatestOutcome] {
        try await read { db in
            var outcomes: [Int64: LatestOutcome] = [:]
            // Each subject's latest from the end of its run in `results_latest`, one seek apiece.
            let latest = try db.cachedStatement(sql: """
                SELECT r.recognized, i.digest FROM results r LEFT JOIN result_inputs i ON i.result_id = r.id
                WHERE r.model = ? AND r.subject_id = ? AND r.year = ?
                ORDER BY r.evaluated_at DESC, r.id DESC LIMIT 1
                """)
            for subject in subjects {
                if let row = try Row.fetchOne(latest, arguments: [model, subject, year]) {
                    outcomes[subject] = LatestOutcome(recognized: row[0], inputsDigest: row[1])
                }
            }
            return outcomes
        }
    }

    private static func members(_ db: Database, _ condition: String, _ arguments: StatementArguments) throws -> [RegistryLayout.Member] {
        var people: [RegistryLayout.Member] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, household_id, birth_year, target_group, in_school, completed_universal_education, literate,
                studied_this_year, good_conduct, results_average_or_better FROM people \(condition) ORDER BY id
            """, arguments: arguments)
        while let row = try rows.next() {
            people.append(RegistryLayout.Member(
                id: row[0], householdID: row[1], birthYear: row[2], targetGroup: row[3], inSchool: row[4],
                completedUniversalEducation: row[5], literate: row[6], studiedThisYear: row[7], goodConduct: row[8],
                resultsAverageOrBetter: row[9]))
        }
        return people
    }

    private static func placements(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [RegistryLayout.Placement] {
        var placements: [RegistryLayout.Placement] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { placements.append(RegistryLayout.Placement(id: row[0], parentID: row[1])) }
        return placements
    }

    /// Ids as a JSON array, for `json_each`.
    private static func list(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
