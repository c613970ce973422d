import GRDB

extension SQLiteRegistryStore {
    public func progressCounts(_ query: ProgressQuery) async throws(RegistryError) -> [Int64: [ProgressMeasure: ProgressTally]] {
        try RegistryRules.checkYear(query.year, of: .result)
        guard !query.groups.isEmpty else { return [:] }
        // Ids are integers, so they go into the SQL as literals: a district's communes (or a
        // country's 10,000) would pass SQLite's limit of bound parameters.
        let area = query.groups.sorted { $0.key < $1.key }.map { "(\($0.key), \($0.value))" }.joined(separator: ", ")
        return try await read { db in
            var counts: [Int64: [ProgressMeasure: ProgressTally]] = [:]
            for measure in ProgressMeasure.allCases {
                var arguments: StatementArguments = [measure.model, query.year]
                if measure == .adultCitizens { arguments += [query.year, query.adultAge] }
                let rows = try Row.fetchCursor(db, sql: Self.progressSQL(measure, area: area), arguments: arguments)
                while let row = try rows.next() {
                    let tally = ProgressTally(
                        total: row[1], registered: row[2], evaluated: row[3], recognized: row[4])
                    counts[row[0], default: [:]][measure] = tally
                }
            }
            return counts
        }
    }

    /// One measure's counts per group. Parameters: ?1 the model, ?2 the year; for adults also ?3
    /// the year again (for the age) and ?4 the adult age. A subject's latest result is the newest
    /// `evaluated_at`, then the highest id, read from the `results_latest` index alone.
    private static func progressSQL(_ measure: ProgressMeasure, area: String) -> String {
        let subjects: String
        switch measure {
        case .families:
            subjects = """
                SELECT a.grp, s.id FROM area a JOIN communities c ON c.commune_id = a.commune_id
                JOIN households s ON s.community_id = c.id
                """
        case .clans:
            subjects = "SELECT a.grp, s.id FROM area a JOIN clans s ON s.commune_id = a.commune_id"
        case .communities:
            subjects = "SELECT a.grp, s.id FROM area a JOIN communities s ON s.commune_id = a.commune_id"
        case .units:
            subjects = "SELECT a.grp, s.id FROM area a JOIN units s ON s.commune_id = a.commune_id"
        case .adultCitizens:
            subjects = """
                SELECT a.grp, s.id FROM area a JOIN communities c ON c.commune_id = a.commune_id
                JOIN households h ON h.community_id = c.id JOIN people s ON s.household_id = h.id
                WHERE ?3 - s.birth_year >= ?4
                """
        case .staffCitizens:
            subjects = """
                SELECT DISTINCT a.grp, st.person_id FROM area a JOIN units u ON u.commune_id = a.commune_id
                JOIN unit_staff st ON st.unit_id = u.id
                """
        }
        return """
            WITH area(commune_id, grp) AS (VALUES \(area)),
            subjects(grp, id) AS (\(subjects)),
            progress(grp, registered, latest) AS (
                SELECT s.grp,
                    EXISTS (SELECT 1 FROM evidence e WHERE e.model = ?1 AND e.subject_id = s.id AND e.year = ?2),
                    (SELECT r.recognized FROM results r WHERE r.model = ?1 AND r.year = ?2 AND r.subject_id = s.id
                        ORDER BY r.evaluated_at DESC, r.id DESC LIMIT 1)
                FROM subjects s
            )
            SELECT grp, count(*), sum(registered), count(latest), coalesce(sum(latest), 0) FROM progress GROUP BY grp
            """
    }
}
