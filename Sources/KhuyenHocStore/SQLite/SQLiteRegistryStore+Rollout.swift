import Foundation
import GRDB

extension SQLiteRegistryStore: RolloutStore {
    public func phaseHistory(communeIDs: [Int64]?, model: RegistryModel?) async throws(RolloutError) -> [PhaseTransition] {
        try await rolloutRead { db in
            let (filter, arguments) = Self.rolloutFilter(communeIDs: communeIDs, model: model)
            return try Row.fetchAll(db, sql: """
                SELECT * FROM rollout_transitions \(filter) ORDER BY commune_id, model, effective_on, id
                """, arguments: arguments).map(Self.transition)
        }
    }

    public func phaseDeadlines(communeIDs: [Int64]?, model: RegistryModel?) async throws(RolloutError) -> [PhaseDeadline] {
        try await rolloutRead { db in
            let (filter, arguments) = Self.rolloutFilter(communeIDs: communeIDs, model: model)
            return try Row.fetchAll(db, sql: "SELECT * FROM rollout_deadlines \(filter)", arguments: arguments)
                .map(Self.deadline)
                .sorted { ($0.communeID, $0.model.rawValue, $0.phase.step) < ($1.communeID, $1.model.rawValue, $1.phase.step) }
        }
    }

    public func recordTransition(_ change: PhaseChange) async throws(RolloutError) -> PhaseTransition {
        try await rolloutWrite { db in
            let commune = try Self.writableCommune(change.communeID, today: change.today, in: db)
            if change.effectiveOn > change.today {
                throw RolloutError.invalidValue(
                    field: "effectiveOn", reason: "must not be later than today (\(change.today)): a phase is recorded once it is reached")
            }
            if let validFrom = commune.validFrom, change.effectiveOn < validFrom {
                throw RolloutError.invalidValue(
                    field: "effectiveOn", reason: "is before \(commune.name) existed (from \(validFrom))")
            }
            let last = try Row.fetchOne(db, sql: """
                SELECT * FROM rollout_transitions WHERE commune_id = ? AND model = ? ORDER BY effective_on DESC, id DESC LIMIT 1
                """, arguments: [change.communeID, change.model]).map(Self.transition)
            if let last, change.effectiveOn < last.effectiveOn {
                throw RolloutError.invalidValue(
                    field: "effectiveOn",
                    reason: "is before \(last.effectiveOn), when the current phase (\(last.phase.rawValue)) took effect")
            }
            let note = RegistryRules.optionalText(change.note)
            try RolloutRules.checkTransition(from: last?.phase ?? .notStarted, to: change.phase, note: note)
            var transition = PhaseTransition(
                communeID: change.communeID, model: change.model, from: last?.phase ?? .notStarted, phase: change.phase,
                effectiveOn: change.effectiveOn, note: note, madeBy: change.madeBy, madeAt: change.madeAt)
            transition.id = try Self.insert(transition, in: db)
            try RolloutDeadlineLinks.syncReached(communeID: change.communeID, model: change.model, in: db)
            return transition
        }
    }

    public func applyPlan(_ plan: RolloutPlan) async throws(RolloutError) -> PlanSummary {
        if plan.deadlines.isEmpty { throw .invalidValue(field: "plan", reason: "must give the day of at least one phase") }
        if plan.deadlines[.notStarted] != nil {
            throw .invalidValue(field: "plan", reason: "notStarted has no planned day: every commune begins there")
        }
        if let (earlier, later) = RolloutRules.outOfOrder(plan.deadlines) {
            throw .invalidValue(field: "plan", reason: "the day for \(later.rawValue) is before the day for \(earlier.rawValue)")
        }
        return try await rolloutWrite { db in
            var summary = PlanSummary(communes: 0, written: 0, kept: 0)
            for communeID in Set(plan.communeIDs).sorted() {
                let commune = try Self.writableCommune(communeID, today: plan.today, in: db)
                var days = try Self.deadlines(communeID: communeID, model: plan.model, in: db)
                for (phase, due) in plan.deadlines.sorted(by: { $0.key < $1.key }) {
                    if days[phase] != nil, !plan.overwrite {
                        summary.kept += 1
                        continue
                    }
                    days[phase] = PhaseDeadline(
                        communeID: communeID, model: plan.model, phase: phase, due: due, setBy: plan.setBy, setAt: plan.setAt)
                    try Self.upsert(days[phase]!, in: db)
                    summary.written += 1
                }
                if let (earlier, later) = RolloutRules.outOfOrder(days.mapValues(\.due)) {
                    throw RolloutError.invalidValue(
                        field: "plan",
                        reason: "\(commune.name) (\(commune.statisticsCode)) would have \(later.rawValue) due before \(earlier.rawValue) "
                            + "(its own day was kept; set overwrite to replace it)")
                }
                try RolloutDeadlineLinks.syncReached(communeID: communeID, model: plan.model, in: db)
                summary.communes += 1
            }
            return summary
        }
    }

    public func setPhaseDeadline(
        communeID: Int64, model: RegistryModel, phase: RolloutPhase, due: CalendarDate?, setBy: UInt32, at: Date,
        today: CalendarDate
    ) async throws(RolloutError) -> PhaseDeadline? {
        if phase == .notStarted { throw .invalidValue(field: "phase", reason: "notStarted has no planned day: every commune begins there") }
        return try await rolloutWrite { db in
            _ = try Self.writableCommune(communeID, today: today, in: db)
            guard let due else {
                try db.execute(
                    sql: "DELETE FROM rollout_deadlines WHERE commune_id = ? AND model = ? AND phase = ?",
                    arguments: [communeID, model, phase])
                try RolloutDeadlineLinks.unlink(communeID: communeID, model: model, phase: phase, in: db)
                return nil
            }
            var days = try Self.deadlines(communeID: communeID, model: model, in: db).mapValues(\.due)
            days[phase] = due
            if let (earlier, later) = RolloutRules.outOfOrder(days) {
                let other = phase == earlier ? later : earlier
                throw RolloutError.invalidValue(
                    field: "due",
                    reason: "\(phase.rawValue) would be due \(phase == earlier ? "after" : "before") \(other.rawValue) (\(days[other]!))")
            }
            let deadline = PhaseDeadline(communeID: communeID, model: model, phase: phase, due: due, setBy: setBy, setAt: at)
            try Self.upsert(deadline, in: db)
            try RolloutDeadlineLinks.syncReached(communeID: communeID, model: model, in: db)
            return deadline
        }
    }

    public func insertRollout(transitions: [PhaseTransition], deadlines: [PhaseDeadline]) async throws(RolloutError) {
        try await rolloutWrite { db in
            for transition in transitions { _ = try Self.insert(transition, in: db) }
            for deadline in deadlines { try Self.upsert(deadline, in: db) }
            var touched: [Int64: Set<RegistryModel>] = [:]
            for transition in transitions { touched[transition.communeID, default: []].insert(transition.model) }
            for deadline in deadlines { touched[deadline.communeID, default: []].insert(deadline.model) }
            for (communeID, models) in touched {
                for model in models { try RolloutDeadlineLinks.syncReached(communeID: communeID, model: model, in: db) }
            }
        }
    }

    // MARK: Rows

    private static func writableCommune(_ id: Int64, today: CalendarDate, in db: Database) throws -> Commune {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM communes WHERE id = ?", arguments: [id]) else {
            throw RolloutError.communeNotFound(id: id)
        }
        let commune = try Commune(row: row)
        if let validUntil = commune.validUntil, validUntil < today { throw RolloutError.communeReadOnly(commune) }
        return commune
    }

    private static func deadlines(communeID: Int64, model: RegistryModel, in db: Database) throws -> [RolloutPhase: PhaseDeadline] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM rollout_deadlines WHERE commune_id = ? AND model = ?", arguments: [communeID, model])
        return Dictionary(try rows.map(deadline).map { ($0.phase, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func insert(_ transition: PhaseTransition, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO rollout_transitions (commune_id, model, from_phase, phase, effective_on, note, made_by, made_at, sample)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                transition.communeID, transition.model, transition.from, transition.phase, transition.effectiveOn,
                transition.note.map(VietnameseText.normalized), Int64(transition.madeBy), RegistryInstant.text(transition.madeAt),
                transition.sample,
            ])
        return db.lastInsertedRowID
    }

    private static func upsert(_ deadline: PhaseDeadline, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO rollout_deadlines (commune_id, model, phase, due, set_by, set_at, sample) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (commune_id, model, phase) DO UPDATE SET
                due = excluded.due, set_by = excluded.set_by, set_at = excluded.set_at, sample = excluded.sample
            """, arguments: [
                deadline.communeID, deadline.model, deadline.phase, deadline.due, Int64(deadline.setBy),
                RegistryInstant.text(deadline.setAt), deadline.sample,
            ])
        try RolloutDeadlineLinks.link(deadline, at: deadline.setAt, in: db)
    }

    private static func transition(_ row: Row) throws -> PhaseTransition {
        PhaseTransition(
            id: row["id"], communeID: row["commune_id"], model: try row.decode(forColumn: "model"),
            from: try row.decode(forColumn: "from_phase"), phase: try row.decode(forColumn: "phase"),
            effectiveOn: try row.decode(forColumn: "effective_on"), note: row["note"],
            madeBy: UInt32(truncatingIfNeeded: row["made_by"] as Int64), madeAt: try instant(row["made_at"]), sample: row["sample"])
    }

    private static func deadline(_ row: Row) throws -> PhaseDeadline {
        PhaseDeadline(
            communeID: row["commune_id"], model: try row.decode(forColumn: "model"), phase: try row.decode(forColumn: "phase"),
            due: try row.decode(forColumn: "due"), setBy: UInt32(truncatingIfNeeded: row["set_by"] as Int64),
            setAt: try instant(row["set_at"]), sample: row["sample"])
    }

    private static func instant(_ text: String) throws -> Date {
        guard let date = Timestamp.date(from: text) else { throw RegistryError.storageFailed("the rollout tables hold an unreadable instant, \(text)") }
        return date
    }

    private static func rolloutFilter(communeIDs: [Int64]?, model: RegistryModel?) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let communeIDs {
            conditions.append("commune_id IN (SELECT value FROM json_each(?))")
            _ = arguments.append(contentsOf: ["[" + communeIDs.map(String.init).joined(separator: ",") + "]"])
        }
        if let model {
            conditions.append("model = ?")
            _ = arguments.append(contentsOf: [model])
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    // MARK: Transactions

    private func rolloutWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(RolloutError) -> T {
        let writer = writer
        do {
            return try await threads.write { try writer.write(body) }
        } catch let error as RolloutError {
            throw error
        } catch {
            throw .storage(DatabaseErrorMapping.registryError(error, entity: .commune))
        }
    }

    private func rolloutRead<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(RolloutError) -> T {
        let writer = writer
        do {
            return try await threads.read { try writer.read(body) }
        } catch let error as RolloutError {
            throw error
        } catch {
            throw .storage(DatabaseErrorMapping.storageError(error))
        }
    }
}
