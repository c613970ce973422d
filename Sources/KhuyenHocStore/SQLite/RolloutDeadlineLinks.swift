import Foundation
import GRDB

/// Keeps the deadlines linked to the rollout plan (`deadlines.rollout_phase`) in step with
/// `rollout_deadlines` and the transitions, inside the rollout write's own transaction: one
/// deadline per commune × model × planned phase, due on the planned day, with the default
/// reminders, and reached exactly while the commune's current phase is at or above it.
enum RolloutDeadlineLinks {
    /// Creates the linked deadline of a planned day, or moves it to the new day (re-armed from
    /// `now`, as ``DeadlineStore/updateDeadline(_:_:at:)`` does on a schedule change).
    static func link(_ planned: PhaseDeadline, at now: Date, in db: Database) throws {
        let stamp = Timestamp.string(from: now)
        let existing = try Row.fetchOne(
            db, sql: "SELECT id, due_date, sample FROM deadlines WHERE commune_id = ? AND model = ? AND rollout_phase = ?",
            arguments: [planned.communeID, planned.model, planned.phase])
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM communes WHERE id = ?", arguments: [planned.communeID]) else {
            throw RolloutError.communeNotFound(id: planned.communeID)
        }
        let titles = RolloutWording.titles(commune: name, model: planned.model, phase: planned.phase, sample: planned.sample)
        if let existing {
            let due: String? = existing["due_date"]
            let sample: Bool = existing["sample"]
            if due != planned.due.description {
                try db.execute(
                    sql: "UPDATE deadlines SET due_date = ?, armed_at = ? WHERE id = ?",
                    arguments: [planned.due.description, stamp, existing["id"] as Int64])
            }
            if sample != planned.sample {
                // A real plan's day replacing the sample's: the title no longer says sample.
                try db.execute(
                    sql: "UPDATE deadlines SET sample = ?, title = ?, title_vi = ? WHERE id = ?",
                    arguments: [planned.sample, titles.en, titles.vi, existing["id"] as Int64])
            }
            return
        }
        // The sample's made-up days that are already past when it is written repeat no overdue
        // reminders: hundreds of weekly notifications on a first `make run` would drown the rest.
        // They still show as overdue and late; a real plan's days always repeat.
        let repeats = planned.sample && planned.due < CalendarDate.inVietnam(now) ? nil : Deadline.defaultOverdueInterval
        try db.execute(
            sql: """
                INSERT INTO deadlines (title, title_vi, commune_id, model, due_date, lead_times, local_minute, overdue_interval,
                    armed_at, created_by, created_at, rollout_phase, sample)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                titles.en, titles.vi, planned.communeID, planned.model, planned.due.description,
                Deadline.defaultLeadTimes.map(String.init).joined(separator: ","), Deadline.defaultLocalMinute,
                repeats, stamp, Int64(planned.setBy), stamp, planned.phase, planned.sample,
            ])
    }

    /// Removes the linked deadline of a day taken out of the plan, with its reminders' history.
    static func unlink(communeID: Int64, model: RegistryModel, phase: RolloutPhase, in db: Database) throws {
        try db.execute(
            sql: "DELETE FROM deadlines WHERE commune_id = ? AND model = ? AND rollout_phase = ?",
            arguments: [communeID, model, phase])
    }

    /// Marks the commune × model's linked deadlines reached (on their due day, by whoever made the
    /// current phase's transition) when its current phase is at or above theirs, and un-reaches
    /// the others (a commune that went back is behind again).
    static func syncReached(communeID: Int64, model: RegistryModel, in db: Database) throws {
        let current = try Row.fetchOne(db, sql: """
            SELECT phase, made_by, made_at FROM rollout_transitions WHERE commune_id = ? AND model = ?
            ORDER BY effective_on DESC, id DESC LIMIT 1
            """, arguments: [communeID, model])
        let phase: RolloutPhase = try current.map { try $0.decode(forColumn: "phase") } ?? .notStarted
        let linked = try Row.fetchAll(
            db, sql: "SELECT id, due_date, rollout_phase FROM deadlines WHERE commune_id = ? AND model = ? AND rollout_phase IS NOT NULL",
            arguments: [communeID, model])
        for row in linked {
            let id: Int64 = row["id"]
            let due: String = row["due_date"]
            let linkedPhase: RolloutPhase = try row.decode(forColumn: "rollout_phase")
            if let current, phase >= linkedPhase {
                // A day moved since it was reached leaves the old day's occurrence behind.
                try db.execute(sql: "DELETE FROM deadline_reached WHERE deadline_id = ? AND occurrence <> ?", arguments: [id, due])
                try db.execute(
                    sql: "INSERT OR IGNORE INTO deadline_reached (deadline_id, occurrence, reached_at, reached_by) VALUES (?, ?, ?, ?)",
                    arguments: [id, due, current["made_at"] as String, current["made_by"] as Int64])
            } else {
                try db.execute(sql: "DELETE FROM deadline_reached WHERE deadline_id = ?", arguments: [id])
            }
        }
    }

    /// Links every planned day of `rollout_deadlines` that has no deadline yet (migration
    /// `v7-deadline-links`: registries made before it carry the sample's plan), armed from `now`
    /// so that nothing already past is delivered.
    static func linkAll(at now: Date, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM rollout_deadlines ORDER BY commune_id, model")
        let plans = try rows.map { row in
            PhaseDeadline(
                communeID: row["commune_id"], model: try row.decode(forColumn: "model"), phase: try row.decode(forColumn: "phase"),
                due: try row.decode(forColumn: "due"), setBy: UInt32(truncatingIfNeeded: row["set_by"] as Int64), setAt: now,
                sample: row["sample"])
        }
        var pairs: [(Int64, RegistryModel)] = []
        // In the order of the phases, so that the deadlines' ids follow it.
        for planned in plans.sorted(by: { ($0.communeID, $0.model.rawValue, $0.phase.step) < ($1.communeID, $1.model.rawValue, $1.phase.step) }) {
            try link(planned, at: now, in: db)
            if pairs.last.map({ $0 != (planned.communeID, planned.model) }) ?? true { pairs.append((planned.communeID, planned.model)) }
        }
        for (commune, model) in pairs { try syncReached(communeID: commune, model: model, in: db) }
    }
}
