import Foundation
import GRDB

extension SQLiteRegistryStore: DeadlineStore {
    public func createDeadline(_ new: NewDeadline, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> Deadline {
        let new = try DeadlineRules.checked(new)
        let stamp = Timestamp.string(from: now)
        return try await deadlineWrite { db in
            try Self.checkCommune(new.scope, in: db)
            try db.execute(
                sql: """
                    INSERT INTO deadlines (title, title_vi, commune_id, model, due_date, due_instant, rrule, lead_times,
                        local_minute, overdue_interval, armed_at, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: Self.arguments(new) + [stamp, Int64(uid), stamp])
            return try Self.fetchDeadline(db.lastInsertedRowID, in: db)
        }
    }

    /// Creates the sample district's deadlines (``Deadline/sample`` set), all or none, armed from
    /// `now`; each is checked as ``createDeadline(_:by:at:)`` checks it.
    public func insertSampleDeadlines(_ news: [NewDeadline], by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> [Deadline] {
        var checked: [NewDeadline] = []
        for new in news { checked.append(try DeadlineRules.checked(new)) }
        let stamp = Timestamp.string(from: now)
        return try await deadlineWrite { [checked] db in
            var created: [Deadline] = []
            for new in checked {
                try Self.checkCommune(new.scope, in: db)
                try db.execute(
                    sql: """
                        INSERT INTO deadlines (title, title_vi, commune_id, model, due_date, due_instant, rrule, lead_times,
                            local_minute, overdue_interval, armed_at, created_by, created_at, sample)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        """,
                    arguments: Self.arguments(new) + [stamp, Int64(uid), stamp])
                created.append(try Self.fetchDeadline(db.lastInsertedRowID, in: db))
            }
            return created
        }
    }

    public func updateDeadline(_ id: Int64, _ new: NewDeadline, at now: Date) async throws(DeadlineStoreError) -> Deadline {
        let new = try DeadlineRules.checked(new)
        return try await deadlineWrite { db in
            let old = try Self.fetchDeadline(id, in: db)
            try Self.checkNotLinked(old)
            try Self.checkCommune(new.scope, in: db)
            // Re-arming skips the reminders that the new schedule puts in the past: they were never due
            // under the schedule that was in force then.
            let rescheduled = old.due != new.due || old.rrule != new.rrule || old.leadTimes != new.leadTimes
                || old.localMinute != new.localMinute || old.overdueInterval != new.overdueInterval
            let armedAt = rescheduled ? Timestamp.string(from: now) : Timestamp.string(from: old.armedAt)
            try db.execute(
                sql: """
                    UPDATE deadlines SET title = ?, title_vi = ?, commune_id = ?, model = ?, due_date = ?, due_instant = ?,
                        rrule = ?, lead_times = ?, local_minute = ?, overdue_interval = ?, armed_at = ? WHERE id = ?
                    """,
                arguments: Self.arguments(new) + [armedAt, id])
            return try Self.fetchDeadline(id, in: db)
        }
    }

    public func deleteDeadline(_ id: Int64) async throws(DeadlineStoreError) {
        try await deadlineWrite { db in
            try Self.checkNotLinked(try Self.fetchDeadline(id, in: db))
            try db.execute(sql: "DELETE FROM deadlines WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw DeadlineStoreError.notFound(what: "deadline", id: id) }
        }
    }

    public func deadline(_ id: Int64) async throws(DeadlineStoreError) -> Deadline {
        try await deadlineRead { db in try Self.fetchDeadline(id, in: db) }
    }

    public func allDeadlines() async throws(DeadlineStoreError) -> [Deadline] {
        try await deadlineRead { db in
            try Row.fetchAll(db, sql: "SELECT * FROM deadlines ORDER BY id").map(Self.deadline(row:))
        }
    }

    public func deadlines(matching filter: DeadlineFilter) async throws(DeadlineStoreError) -> [Deadline] {
        let (condition, arguments) = Self.condition(filter, table: "deadlines")
        return try await deadlineRead { db in
            try Row.fetchAll(db, sql: "SELECT * FROM deadlines WHERE \(condition) ORDER BY id", arguments: arguments)
                .map(Self.deadline(row:))
        }
    }

    public func markReached(_ deadlineID: Int64, occurrence: String, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) {
        try await deadlineWrite { db in
            try Self.checkNotLinked(try Self.fetchDeadline(deadlineID, in: db))
            try db.execute(
                sql: "INSERT OR IGNORE INTO deadline_reached (deadline_id, occurrence, reached_at, reached_by) VALUES (?, ?, ?, ?)",
                arguments: [deadlineID, occurrence, Timestamp.string(from: now), Int64(uid)])
        }
    }

    public func acknowledge(deliveryID: Int64, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> ReminderDelivery {
        try await deadlineWrite { db in
            // The first acknowledgement stands: who silenced a reminder, and when, does not change.
            try db.execute(
                sql: "UPDATE reminder_deliveries SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL",
                arguments: [Timestamp.string(from: now), Int64(uid), deliveryID])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM reminder_deliveries WHERE id = ?", arguments: [deliveryID]) else {
                throw DeadlineStoreError.notFound(what: "reminder delivery", id: deliveryID)
            }
            return try Self.delivery(row: row)
        }
    }

    public func reminderHistory(_ deadlineID: Int64) async throws(DeadlineStoreError) -> ReminderHistory {
        try await deadlineRead { db in
            _ = try Self.fetchDeadline(deadlineID, in: db)
            return try Self.histories(in: db, deadlineID: deadlineID)[deadlineID] ?? ReminderHistory()
        }
    }

    public func reminderHistories() async throws(DeadlineStoreError) -> [Int64: ReminderHistory] {
        try await deadlineRead { db in try Self.histories(in: db, deadlineID: nil) }
    }

    public func recordDelivery(_ key: ReminderKey, dueAt: Date, deliveredAt: Date, late: Bool) async throws(DeadlineStoreError) -> ReminderDelivery {
        try await deadlineWrite(key) { db in
            try db.execute(
                sql: """
                    INSERT INTO reminder_deliveries (deadline_id, occurrence, kind, n, due_at, delivered_at, late)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [key.deadlineID, key.occurrence, key.kind.rawValue, key.n,
                            Timestamp.string(from: dueAt), Timestamp.string(from: deliveredAt), late])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM reminder_deliveries WHERE id = ?", arguments: [db.lastInsertedRowID]) else {
                throw DeadlineStoreError.storage(.storageFailed("the delivery just recorded cannot be read back"))
            }
            return try Self.delivery(row: row)
        }
    }

    public func markAnnounced(deliveryID: Int64, at now: Date) async throws(DeadlineStoreError) {
        try await deadlineWrite { db in
            try db.execute(
                sql: "UPDATE reminder_deliveries SET announced_at = coalesce(announced_at, ?) WHERE id = ?",
                arguments: [Timestamp.string(from: now), deliveryID])
            guard db.changesCount == 1 else { throw DeadlineStoreError.notFound(what: "reminder delivery", id: deliveryID) }
        }
    }

    public func unannouncedDeliveries() async throws(DeadlineStoreError) -> [ReminderDelivery] {
        try await deadlineRead { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reminder_deliveries WHERE announced_at IS NULL ORDER BY id")
                .map(Self.delivery(row:))
        }
    }

    public func deliveries(of deadlineID: Int64) async throws(DeadlineStoreError) -> [ReminderDelivery] {
        try await deadlineRead { db in
            _ = try Self.fetchDeadline(deadlineID, in: db)
            return try Row.fetchAll(
                db, sql: "SELECT * FROM reminder_deliveries WHERE deadline_id = ? ORDER BY due_at, id", arguments: [deadlineID]
            ).map(Self.delivery(row:))
        }
    }

    public func deliveries(matching filter: DeliveryFilter) async throws(DeadlineStoreError) -> [ReminderDelivery] {
        guard (1...DeliveryFilter.maximumLimit).contains(filter.limit) else {
            throw .invalidValue(field: "limit", reason: "\(filter.limit) is not between 1 and \(DeliveryFilter.maximumLimit)")
        }
        var (condition, arguments) = Self.condition(filter.deadlines, table: "deadlines")
        if let since = filter.since {
            condition += " AND reminder_deliveries.delivered_at >= ?"
            _ = arguments.append(contentsOf: [Timestamp.string(from: since)])
        }
        if filter.unacknowledged { condition += " AND reminder_deliveries.acknowledged_at IS NULL" }
        _ = arguments.append(contentsOf: [filter.limit])
        let sql = """
            SELECT reminder_deliveries.* FROM reminder_deliveries JOIN deadlines ON deadlines.id = reminder_deliveries.deadline_id
            WHERE \(condition)
            ORDER BY reminder_deliveries.delivered_at DESC, reminder_deliveries.id DESC LIMIT ?
            """
        return try await deadlineRead { [arguments] db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.delivery(row:))
        }
    }

    public func delivery(_ id: Int64) async throws(DeadlineStoreError) -> ReminderDelivery {
        try await deadlineRead { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM reminder_deliveries WHERE id = ?", arguments: [id]) else {
                throw DeadlineStoreError.notFound(what: "reminder delivery", id: id)
            }
            return try Self.delivery(row: row)
        }
    }

    // MARK: Rows

    /// The SQL condition on `table` (the deadlines' table or its alias) that keeps what `filter`
    /// keeps, with its arguments. The commune list is one JSON argument, however long.
    static func condition(_ filter: DeadlineFilter, table: String) -> (String, StatementArguments) {
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let communeIDs = filter.communeIDs {
            conditions.append("(\(table).commune_id IS NULL OR \(table).commune_id IN (SELECT value FROM json_each(?)))")
            _ = arguments.append(contentsOf: ["[" + communeIDs.map(String.init).joined(separator: ",") + "]"])
        }
        if let model = filter.model {
            conditions.append("(\(table).model IS NULL OR \(table).model = ?)")
            _ = arguments.append(contentsOf: [model.rawValue])
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    private static func checkNotLinked(_ deadline: Deadline) throws {
        if let phase = deadline.phase, case .communeModel(let commune, let model) = deadline.scope {
            throw DeadlineStoreError.managedByRollout(id: deadline.id, communeID: commune, model: model, phase: phase)
        }
    }

    private static func arguments(_ new: NewDeadline) -> StatementArguments {
        var dueDate: String?
        var dueInstant: String?
        switch new.due {
        case .date(let date): dueDate = date.description
        case .instant(let instant): dueInstant = Timestamp.string(from: instant)
        }
        return [new.title, new.titleVi, new.scope.communeID, new.scope.model?.rawValue, dueDate, dueInstant, new.rrule,
                new.leadTimes.map(String.init).joined(separator: ","), new.localMinute, new.overdueInterval]
    }

    private static func checkCommune(_ scope: DeadlineScope, in db: Database) throws {
        if let commune = scope.communeID, try !RecordAccess.exists(.commune, id: commune, in: db) {
            throw DeadlineStoreError.invalidValue(field: "communeId", reason: "no commune has id \(commune)")
        }
    }

    private static func fetchDeadline(_ id: Int64, in db: Database) throws -> Deadline {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM deadlines WHERE id = ?", arguments: [id]) else {
            throw DeadlineStoreError.notFound(what: "deadline", id: id)
        }
        return try deadline(row: row)
    }

    private static func deadline(row: Row) throws -> Deadline {
        let communeID: Int64? = row["commune_id"]
        let model: RegistryModel? = row["model"]
        let scope: DeadlineScope = switch (communeID, model) {
        case (let commune?, let model?): .communeModel(commune: commune, model: model)
        case (let commune?, nil): .commune(commune)
        default: .district
        }
        let due: DeadlineDue
        if let date: CalendarDate = row["due_date"] {
            due = .date(date)
        } else if let text: String = row["due_instant"], let instant = Timestamp.date(from: text) {
            due = .instant(instant)
        } else {
            throw DeadlineStoreError.storage(.storageFailed("deadline \(row["id"] as Int64? ?? 0) has no due date"))
        }
        let leads: String = row["lead_times"]
        return Deadline(
            id: row["id"], title: row["title"], titleVi: row["title_vi"], scope: scope, due: due, rrule: row["rrule"],
            leadTimes: leads.split(separator: ",").compactMap { Int64($0) }, localMinute: row["local_minute"],
            overdueInterval: row["overdue_interval"], armedAt: instant(row["armed_at"]),
            createdBy: UInt32(clamping: row["created_by"] as Int64), createdAt: instant(row["created_at"]),
            phase: (row["rollout_phase"] as String?).flatMap(RolloutPhase.init(rawValue:)), sample: row["sample"])
    }

    private static func delivery(row: Row) throws -> ReminderDelivery {
        let kind: String = row["kind"]
        let key = ReminderKey(
            deadlineID: row["deadline_id"], occurrence: row["occurrence"], kind: ReminderKind(rawValue: kind) ?? .lead, n: row["n"])
        let acknowledgedBy: Int64? = row["acknowledged_by"]
        return ReminderDelivery(
            id: row["id"], key: key, dueAt: instant(row["due_at"]), deliveredAt: instant(row["delivered_at"]), late: row["late"],
            announcedAt: (row["announced_at"] as String?).flatMap(Timestamp.date(from:)),
            acknowledgedAt: (row["acknowledged_at"] as String?).flatMap(Timestamp.date(from:)),
            acknowledgedBy: acknowledgedBy.map { UInt32(clamping: $0) })
    }

    private static func instant(_ text: String) -> Date {
        Timestamp.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    /// The last delivery of each deadline (the greatest due instant, then the order of identities
    /// the planner uses), its reached occurrences and its acknowledged overdue occurrences.
    private static func histories(in db: Database, deadlineID: Int64?) throws -> [Int64: ReminderHistory] {
        let filter = deadlineID == nil ? "" : " WHERE deadline_id = ?"
        let arguments: StatementArguments = deadlineID.map { [$0] } ?? []
        var histories: [Int64: ReminderHistory] = [:]
        let last = try Row.fetchAll(db, sql: """
            SELECT deadline_id, occurrence, kind, n, due_at FROM (
                SELECT *, row_number() OVER (PARTITION BY deadline_id ORDER BY due_at DESC, occurrence DESC, kind DESC,
                    CASE kind WHEN 'lead' THEN -n ELSE n END DESC) AS rank
                FROM reminder_deliveries\(filter)) WHERE rank = 1
            """, arguments: arguments)
        for row in last {
            let kind: String = row["kind"]
            let key = ReminderKey(
                deadlineID: row["deadline_id"], occurrence: row["occurrence"], kind: ReminderKind(rawValue: kind) ?? .lead, n: row["n"])
            histories[key.deadlineID, default: ReminderHistory()].lastDelivered = key
            histories[key.deadlineID, default: ReminderHistory()].lastDueAt = instant(row["due_at"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT deadline_id, occurrence FROM deadline_reached\(filter)", arguments: arguments) {
            histories[row["deadline_id"], default: ReminderHistory()].reached.insert(row["occurrence"])
        }
        let acknowledged = "SELECT DISTINCT deadline_id, occurrence FROM reminder_deliveries WHERE kind = 'overdue' AND acknowledged_at IS NOT NULL"
            + (deadlineID == nil ? "" : " AND deadline_id = ?")
        for row in try Row.fetchAll(db, sql: acknowledged, arguments: arguments) {
            histories[row["deadline_id"], default: ReminderHistory()].acknowledged.insert(row["occurrence"])
        }
        return histories
    }

    // MARK: Transactions

    private func deadlineWrite<T: Sendable>(
        _ key: ReminderKey? = nil, _ body: @Sendable @escaping (Database) throws -> T
    ) async throws(DeadlineStoreError) -> T {
        do {
            let writer = writer
            return try await threads.write { try writer.write(body) }
        } catch {
            throw Self.deadlineError(error, key: key)
        }
    }

    private func deadlineRead<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(DeadlineStoreError) -> T {
        do {
            let writer = writer
            return try await threads.read { try writer.read(body) }
        } catch {
            throw Self.deadlineError(error, key: nil)
        }
    }

    private static func deadlineError(_ error: any Error, key: ReminderKey?) -> DeadlineStoreError {
        if let error = error as? DeadlineStoreError { return error }
        guard let database = error as? DatabaseError else { return .storage(.storageFailed(String(describing: error))) }
        switch database.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE where key != nil:
            return .alreadyDelivered(key!)
        case .SQLITE_CONSTRAINT_CHECK:
            let field = (database.message ?? "").components(separatedBy: ": ").last ?? ""
            return .invalidValue(field: field, reason: "is out of range")
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return .invalidValue(field: key == nil ? "communeId" : "deadlineId", reason: "refers to a record that does not exist")
        default:
            return .storage(DatabaseErrorMapping.storageError(error))
        }
    }
}
