import GRDB

/// The registry's schema and its migrations. A migration, once released, never changes: a later
/// schema is a new migration appended here.
///
/// Every table is `STRICT`; every rule a value must keep is a `CHECK` constraint named after the
/// field as the API names it (so that a failure names the field); names are stored with a search
/// key (``VietnameseText/searchKey(_:)``) and a sort key, and every list has an index in its order
/// that also holds the search key, so that a name search reads the index alone (measured: the
/// first page of a search among 200,000 people in 22 ms rather than 176 ms).
enum RegistrySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3-report-indexes", migrate: v3ReportIndexes)
        migrator.registerMigration("v4-result-inputs", migrate: v4ResultInputs)
        migrator.registerMigration("v5-rollout", migrate: v5Rollout)
        migrator.registerMigration("v6-deadlines", migrate: v6Deadlines)
        migrator.registerMigration("v7-deadline-links", migrate: v7DeadlineLinks)
        return migrator
    }

    /// Holds only for a real day written YYYY-MM-DD: the `+0 days` modifier makes SQLite normalize
    /// the date (`2023-02-30` becomes `2023-03-02`), which plain `date(x)` does not.
    static func dateCheck(_ column: String) -> String {
        "(\(column) IS NULL OR (\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(\(column), '+0 days') = \(column)))"
    }

    static func instantCheck(_ column: String) -> String {
        "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'"
    }

    private static func nameColumns() -> String {
        """
        name TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0 AND length(name) <= \(RegistryRules.maximumNameLength)),
        name_key TEXT NOT NULL,
        sort_key TEXT NOT NULL
        """
    }

    private static func flag(_ column: String, _ field: String) -> String {
        "\(column) INTEGER NOT NULL DEFAULT 0 CONSTRAINT \(field) CHECK (\(column) IN (0, 1))"
    }

    static let models = "('citizen', 'family', 'clan', 'community', 'unit')"

    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE communes (
                id INTEGER PRIMARY KEY,
                statistics_code TEXT NOT NULL UNIQUE
                    CONSTRAINT statisticsCode CHECK (length(statistics_code) = 5 AND statistics_code NOT GLOB '*[^0-9]*'),
                \(nameColumns()),
                kind TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('commune', 'ward', 'town')),
                valid_from TEXT CONSTRAINT validFrom CHECK \(dateCheck("valid_from")),
                valid_until TEXT CONSTRAINT validUntil CHECK (\(dateCheck("valid_until"))
                    AND (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)),
                merged_into_id INTEGER REFERENCES communes(id) ON DELETE RESTRICT
                    CONSTRAINT mergedInto CHECK (merged_into_id IS NULL OR merged_into_id <> id),
                merged_on TEXT CONSTRAINT mergedOn CHECK (\(dateCheck("merged_on"))
                    AND (merged_into_id IS NULL) = (merged_on IS NULL))
            ) STRICT;
            CREATE INDEX communes_by_name ON communes(sort_key, id, name_key);
            CREATE INDEX communes_by_merge ON communes(merged_into_id);

            CREATE TABLE communities (
                id INTEGER PRIMARY KEY,
                commune_id INTEGER NOT NULL REFERENCES communes(id) ON DELETE RESTRICT,
                \(nameColumns()),
                kind TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('village', 'urbanBlock')),
                UNIQUE (commune_id, name_key)
            ) STRICT;
            CREATE INDEX communities_by_commune ON communities(commune_id, sort_key, id, name_key);
            CREATE INDEX communities_by_name ON communities(sort_key, id, name_key);

            CREATE TABLE households (
                id INTEGER PRIMARY KEY,
                community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,
                code TEXT CONSTRAINT code CHECK (code IS NULL OR (length(trim(code)) > 0 AND length(code) <= 50)),
                \(nameColumns()),
                UNIQUE (community_id, code)
            ) STRICT;
            CREATE INDEX households_by_community ON households(community_id, sort_key, id, name_key);
            CREATE INDEX households_by_name ON households(sort_key, id, name_key);

            CREATE TABLE people (
                id INTEGER PRIMARY KEY,
                household_id INTEGER REFERENCES households(id) ON DELETE RESTRICT,
                \(nameColumns()),
                birth_year INTEGER NOT NULL CONSTRAINT birthYear
                    CHECK (birth_year BETWEEN \(RegistryRules.birthYears.lowerBound) AND \(RegistryRules.birthYears.upperBound)),
                sex TEXT CONSTRAINT sex CHECK (sex IS NULL OR sex IN ('female', 'male')),
                target_group TEXT CONSTRAINT targetGroup CHECK (target_group IS NULL OR
                    (length(target_group) BETWEEN 1 AND 40 AND target_group NOT GLOB '*[^A-Za-z0-9]*')),
                \(flag("in_school", "inSchool")),
                \(flag("completed_universal_education", "completedUniversalEducation")),
                \(flag("literate", "literate")),
                \(flag("studied_this_year", "studiedThisYear")),
                \(flag("good_conduct", "goodConduct")),
                results_average_or_better INTEGER NOT NULL DEFAULT 0 CONSTRAINT resultsAverageOrBetter
                    CHECK (results_average_or_better IN (0, 1) AND (results_average_or_better = 0 OR in_school = 1)),
                \(flag("learning_citizen", "learningCitizen"))
            ) STRICT;
            CREATE INDEX people_by_household ON people(household_id, id);
            CREATE INDEX people_by_name ON people(sort_key, id, name_key);

            CREATE TABLE clans (
                id INTEGER PRIMARY KEY,
                commune_id INTEGER NOT NULL REFERENCES communes(id) ON DELETE RESTRICT,
                \(nameColumns())
            ) STRICT;
            CREATE INDEX clans_by_commune ON clans(commune_id, sort_key, id, name_key);
            CREATE INDEX clans_by_name ON clans(sort_key, id, name_key);

            CREATE TABLE clan_households (
                clan_id INTEGER NOT NULL REFERENCES clans(id) ON DELETE CASCADE,
                household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
                PRIMARY KEY (clan_id, household_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX clan_households_by_household ON clan_households(household_id);

            CREATE TABLE units (
                id INTEGER PRIMARY KEY,
                commune_id INTEGER NOT NULL REFERENCES communes(id) ON DELETE RESTRICT,
                \(nameColumns()),
                kind TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('agency', 'school', 'enterprise', 'cooperative', 'other'))
            ) STRICT;
            CREATE INDEX units_by_commune ON units(commune_id, sort_key, id, name_key);
            CREATE INDEX units_by_name ON units(sort_key, id, name_key);

            CREATE TABLE unit_staff (
                unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                role TEXT CONSTRAINT role CHECK (role IS NULL OR (length(trim(role)) > 0 AND length(role) <= 100)),
                \(flag("trained_this_year", "trainedThisYear")),
                \(flag("digital_skills", "digitalSkills")),
                PRIMARY KEY (unit_id, person_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX unit_staff_by_person ON unit_staff(person_id);

            CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                model TEXT NOT NULL CONSTRAINT model CHECK (model IN \(models)),
                subject_id INTEGER NOT NULL,
                year INTEGER NOT NULL CONSTRAINT year
                    CHECK (year BETWEEN \(RegistryRules.evaluationYears.lowerBound) AND \(RegistryRules.evaluationYears.upperBound)),
                facts TEXT NOT NULL CONSTRAINT facts CHECK (json_valid(facts) AND json_type(facts) = 'object'),
                entered_by INTEGER NOT NULL CONSTRAINT enteredBy CHECK (entered_by BETWEEN 0 AND 4294967295),
                entered_at TEXT NOT NULL CONSTRAINT enteredAt CHECK (\(instantCheck("entered_at"))),
                UNIQUE (model, subject_id, year)
            ) STRICT;
            CREATE INDEX evidence_by_year ON evidence(model, year, subject_id);

            CREATE TABLE results (
                id INTEGER PRIMARY KEY,
                model TEXT NOT NULL CONSTRAINT model CHECK (model IN \(models)),
                subject_id INTEGER NOT NULL,
                year INTEGER NOT NULL CONSTRAINT year
                    CHECK (year BETWEEN \(RegistryRules.evaluationYears.lowerBound) AND \(RegistryRules.evaluationYears.upperBound)),
                rubric_version TEXT NOT NULL CONSTRAINT rubricVersion
                    CHECK (length(trim(rubric_version)) > 0 AND length(rubric_version) <= 40),
                recognized INTEGER NOT NULL CONSTRAINT recognized CHECK (recognized IN (0, 1)),
                total REAL NOT NULL CONSTRAINT total CHECK (total >= 0),
                grade TEXT CONSTRAINT grade CHECK (grade IS NULL OR length(grade) BETWEEN 1 AND 40),
                result TEXT NOT NULL CONSTRAINT result CHECK (json_valid(result) AND json_type(result) = 'object'),
                evaluated_at TEXT NOT NULL CONSTRAINT evaluatedAt CHECK (\(instantCheck("evaluated_at")))
            ) STRICT;
            -- A subject's history and latest result; and a model's latest results of a year, for reports.
            CREATE INDEX results_by_subject ON results(model, subject_id, year, evaluated_at, id);
            CREATE INDEX results_by_year ON results(model, year, subject_id, evaluated_at, id);
            """)
    }

    /// A statistics code outlives its commune: xã Cao Xuân Dương (2024) carries 10174, the code of
    /// the former xã Cao Dương. The code is unique on (code, validFrom), and a trigger keeps the
    /// periods of communes with one code apart (``RegistryRules/codePeriodsOverlap``). SQLite cannot
    /// drop a column's `UNIQUE`, so the table is rebuilt; the migrator defers foreign key checks
    /// to the end of the migration, and the other tables' references name `communes` and still do.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE communes_v2 (
                id INTEGER PRIMARY KEY,
                statistics_code TEXT NOT NULL
                    CONSTRAINT statisticsCode CHECK (length(statistics_code) = 5 AND statistics_code NOT GLOB '*[^0-9]*'),
                \(nameColumns()),
                kind TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('commune', 'ward', 'town')),
                valid_from TEXT CONSTRAINT validFrom CHECK \(dateCheck("valid_from")),
                valid_until TEXT CONSTRAINT validUntil CHECK (\(dateCheck("valid_until"))
                    AND (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)),
                merged_into_id INTEGER REFERENCES communes(id) ON DELETE RESTRICT
                    CONSTRAINT mergedInto CHECK (merged_into_id IS NULL OR merged_into_id <> id),
                merged_on TEXT CONSTRAINT mergedOn CHECK (\(dateCheck("merged_on"))
                    AND (merged_into_id IS NULL) = (merged_on IS NULL)),
                UNIQUE (statistics_code, valid_from)
            ) STRICT;
            INSERT INTO communes_v2 SELECT id, statistics_code, name, name_key, sort_key, kind, valid_from, valid_until,
                merged_into_id, merged_on FROM communes;
            DROP TABLE communes;
            ALTER TABLE communes_v2 RENAME TO communes;
            CREATE INDEX communes_by_name ON communes(sort_key, id, name_key);
            CREATE INDEX communes_by_merge ON communes(merged_into_id);
            CREATE TRIGGER communes_code_periods_on_insert BEFORE INSERT ON communes
            WHEN EXISTS (SELECT 1 FROM communes o WHERE \(RegistryRules.codePeriodsOverlap(new: "NEW", old: "o")))
            BEGIN SELECT RAISE(ABORT, '\(RegistryRules.codePeriodsMessage)'); END;
            CREATE TRIGGER communes_code_periods_on_update
            BEFORE UPDATE OF statistics_code, valid_from, valid_until ON communes
            WHEN EXISTS (SELECT 1 FROM communes o WHERE o.id <> OLD.id AND \(RegistryRules.codePeriodsOverlap(new: "NEW", old: "o")))
            BEGIN SELECT RAISE(ABORT, '\(RegistryRules.codePeriodsMessage)'); END;

            -- Where runs of records came from, and whether they are synthetic (the sample district).
            CREATE TABLE record_origins (
                id INTEGER PRIMARY KEY,
                entity TEXT NOT NULL CONSTRAINT entity CHECK (length(entity) BETWEEN 1 AND 40),
                first_id INTEGER NOT NULL,
                last_id INTEGER NOT NULL CONSTRAINT lastID CHECK (last_id >= first_id),
                synthetic INTEGER NOT NULL CONSTRAINT synthetic CHECK (synthetic IN (0, 1)),
                source TEXT NOT NULL CONSTRAINT source CHECK (length(trim(source)) > 0)
            ) STRICT;
            """)
    }

    /// Progress reports read every subject's latest result of a year: with `recognized` in the
    /// index the latest result is read from the index alone, not from the table (whose rows carry
    /// the whole result JSON). The index replaces `results_by_subject`, of which it is an extension.
    private static func v3ReportIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX results_latest ON results(model, subject_id, year, evaluated_at, id, recognized);
            DROP INDEX results_by_subject;
            """)
    }

    /// A roll-up is idempotent: each result it stores records the digest of its inputs (the
    /// composed facts and the rubric version), and a subject whose inputs still have the digest of
    /// its latest result is not evaluated again. Results stored otherwise have no row here.
    private static func v4ResultInputs(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE result_inputs (
                result_id INTEGER PRIMARY KEY REFERENCES results(id) ON DELETE CASCADE,
                digest TEXT NOT NULL CONSTRAINT inputsDigest CHECK (length(digest) BETWEEN 1 AND 64)
            ) STRICT;
            """)
    }

    /// Deadlines and the reminders delivered for them (issue 5). A reminder's identity (deadline,
    /// occurrence, kind, n) is UNIQUE among deliveries, so that the same reminder cannot be
    /// recorded twice, whatever the scheduler does.
    private static func v6Deadlines(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deadlines (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL CONSTRAINT title CHECK (length(trim(title)) > 0 AND length(title) <= 200),
                title_vi TEXT CONSTRAINT titleVi CHECK (title_vi IS NULL OR (length(trim(title_vi)) > 0 AND length(title_vi) <= 200)),
                commune_id INTEGER REFERENCES communes(id) ON DELETE RESTRICT,
                model TEXT CONSTRAINT model CHECK (model IS NULL OR (model IN \(models) AND commune_id IS NOT NULL)),
                due_date TEXT CONSTRAINT dueDate CHECK \(dateCheck("due_date")),
                due_instant TEXT CONSTRAINT dueInstant CHECK (due_instant IS NULL OR \(instantCheck("due_instant"))),
                rrule TEXT CONSTRAINT rrule CHECK (rrule IS NULL OR length(rrule) BETWEEN 1 AND 500),
                lead_times TEXT NOT NULL CONSTRAINT leadTimes CHECK (lead_times NOT GLOB '*[^0-9,]*'),
                local_minute INTEGER NOT NULL CONSTRAINT reminderTime CHECK (local_minute BETWEEN 0 AND 1439),
                overdue_interval INTEGER CONSTRAINT overdueInterval CHECK (overdue_interval IS NULL OR overdue_interval >= 60),
                armed_at TEXT NOT NULL CONSTRAINT armedAt CHECK (\(instantCheck("armed_at"))),
                created_by INTEGER NOT NULL CONSTRAINT createdBy CHECK (created_by BETWEEN 0 AND 4294967295),
                created_at TEXT NOT NULL CONSTRAINT createdAt CHECK (\(instantCheck("created_at"))),
                CONSTRAINT due CHECK ((due_date IS NULL) <> (due_instant IS NULL))
            ) STRICT;
            CREATE INDEX deadlines_by_commune ON deadlines(commune_id, model);

            CREATE TABLE deadline_reached (
                deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
                occurrence TEXT NOT NULL,
                reached_at TEXT NOT NULL CONSTRAINT reachedAt CHECK (\(instantCheck("reached_at"))),
                reached_by INTEGER NOT NULL,
                PRIMARY KEY (deadline_id, occurrence)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE reminder_deliveries (
                id INTEGER PRIMARY KEY,
                deadline_id INTEGER NOT NULL REFERENCES deadlines(id) ON DELETE CASCADE,
                occurrence TEXT NOT NULL,
                kind TEXT NOT NULL CONSTRAINT kind CHECK (kind IN ('lead', 'overdue')),
                n INTEGER NOT NULL CONSTRAINT n CHECK (n >= 1),
                due_at TEXT NOT NULL CONSTRAINT dueAt CHECK (\(instantCheck("due_at"))),
                delivered_at TEXT NOT NULL CONSTRAINT deliveredAt CHECK (\(instantCheck("delivered_at"))),
                \(flag("late", "late")),
                announced_at TEXT CONSTRAINT announcedAt CHECK (announced_at IS NULL OR \(instantCheck("announced_at"))),
                acknowledged_at TEXT CONSTRAINT acknowledgedAt CHECK (acknowledged_at IS NULL OR \(instantCheck("acknowledged_at"))),
                acknowledged_by INTEGER CONSTRAINT acknowledgedBy CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL)),
                UNIQUE (deadline_id, occurrence, kind, n)
            ) STRICT;
            CREATE INDEX reminder_deliveries_by_deadline ON reminder_deliveries(deadline_id, due_at);
            CREATE INDEX reminder_deliveries_unannounced ON reminder_deliveries(id) WHERE announced_at IS NULL;
            """)
    }
}
