import GRDB

extension RegistrySchema {
    static let phases = "(" + RolloutPhase.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"

    /// The rollout of the models per commune (issue 5): every transition, kept as history (the
    /// current phase is the latest), and the planned day of each phase per commune and model.
    /// Rows refer to the commune they were recorded for, so a merged commune keeps its own.
    static func v5Rollout(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rollout_transitions (
                id INTEGER PRIMARY KEY,
                commune_id INTEGER NOT NULL REFERENCES communes(id) ON DELETE RESTRICT,
                model TEXT NOT NULL CONSTRAINT model CHECK (model IN \(models)),
                from_phase TEXT NOT NULL CONSTRAINT "from" CHECK (from_phase IN \(phases)),
                phase TEXT NOT NULL CONSTRAINT phase CHECK (phase IN \(phases) AND phase <> from_phase),
                effective_on TEXT NOT NULL CONSTRAINT effectiveOn CHECK \(dateCheck("effective_on")),
                note TEXT CONSTRAINT note CHECK (note IS NULL OR (length(trim(note)) > 0 AND length(note) <= \(RolloutRules.maximumNoteLength))),
                made_by INTEGER NOT NULL CONSTRAINT madeBy CHECK (made_by BETWEEN 0 AND 4294967295),
                made_at TEXT NOT NULL CONSTRAINT madeAt CHECK (\(instantCheck("made_at"))),
                sample INTEGER NOT NULL DEFAULT 0 CONSTRAINT sample CHECK (sample IN (0, 1))
            ) STRICT;
            CREATE INDEX rollout_transitions_by_commune ON rollout_transitions(commune_id, model, effective_on, id);

            CREATE TABLE rollout_deadlines (
                commune_id INTEGER NOT NULL REFERENCES communes(id) ON DELETE RESTRICT,
                model TEXT NOT NULL CONSTRAINT model CHECK (model IN \(models)),
                phase TEXT NOT NULL CONSTRAINT phase CHECK (phase IN \(phases) AND phase <> 'notStarted'),
                due TEXT NOT NULL CONSTRAINT due CHECK \(dateCheck("due")),
                set_by INTEGER NOT NULL CONSTRAINT setBy CHECK (set_by BETWEEN 0 AND 4294967295),
                set_at TEXT NOT NULL CONSTRAINT setAt CHECK (\(instantCheck("set_at"))),
                sample INTEGER NOT NULL DEFAULT 0 CONSTRAINT sample CHECK (sample IN (0, 1)),
                PRIMARY KEY (commune_id, model, phase)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
