import Foundation
import GRDB

extension RegistrySchema {
    /// The rollout plan's days become deadlines (issue 5): `rollout_phase` links a deadline to the
    /// planned day of a commune × model × phase (at most one each), `sample` marks the sample
    /// district's made-up deadlines, and the deliveries get an index in the order they are listed
    /// (newest first). The plans already stored are linked here, armed from now.
    static func v7DeadlineLinks(_ db: Database) throws {
        let planned = "(" + RolloutPhase.planned.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        try db.execute(sql: """
            ALTER TABLE deadlines ADD COLUMN rollout_phase TEXT CONSTRAINT phase CHECK (rollout_phase IS NULL
                OR (rollout_phase IN \(planned) AND commune_id IS NOT NULL AND model IS NOT NULL));
            ALTER TABLE deadlines ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CONSTRAINT sample CHECK (sample IN (0, 1));
            CREATE UNIQUE INDEX deadlines_by_phase ON deadlines(commune_id, model, rollout_phase) WHERE rollout_phase IS NOT NULL;
            CREATE INDEX reminder_deliveries_by_time ON reminder_deliveries(delivered_at, id);
            """)
        try RolloutDeadlineLinks.linkAll(at: Date(), in: db)
    }
}
