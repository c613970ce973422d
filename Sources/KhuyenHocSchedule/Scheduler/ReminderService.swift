import Foundation
import KhuyenHocStore

/// Delivers reminders when they fall due: the scheduler heap, the store that records deliveries,
/// the clock it sleeps on and the announcer, put together.
///
/// **Exactly once.** A reminder is *delivered* when its record is committed to the store; the
/// record's identity is UNIQUE, so a reminder is delivered at most once, whatever happens, and
/// since the scheduler works from the last recorded reminder of each deadline, never lost either.
/// *Announcing* comes after the commit and is marked in the record (`announcedAt`) once every
/// channel has taken it (the announcer says when: a hook command runs after ``deliverDue()``
/// returned). A crash after the commit but before that mark leaves the record unannounced; the
/// next ``start()`` announces it (flagged ``AnnouncedReminder/afterRestart``). So: recorded =
/// delivered, exactly once; the announcement is at least once, and is repeated only when the
/// process died between announcing and marking (while a slow channel, such as the hook, ran).
///
/// **Late.** A reminder that fell due before ``start()`` (while the daemon was not running), or
/// delivered more than ``lateAfter`` after it was due (the machine suspended, the clock jumped), is
/// recorded as late. After a start or a jump, every
/// reminder that fell due meanwhile is delivered once, in order.
///
/// **Clock set backwards.** Each deadline's next reminder comes after its last recorded one, so
/// nothing already delivered is due again; the scheduler just sleeps longer.
public actor ReminderService {
    private let store: any DeadlineStore
    private let clock: any SchedulerClock
    private let announcer: any ReminderAnnouncer
    /// How far past its due instant a delivery counts as late.
    public let lateAfter: TimeInterval
    /// How long to wait before trying again after the store failed.
    public let retryAfter: TimeInterval
    private var scheduler = ReminderScheduler()
    private var retryAt: Date?
    /// When ``start()`` ran: what was due before had fallen due while nothing was running.
    private var startedAt: Date?
    /// Deadlines whose stored rule does not parse, with why: they are not armed.
    public private(set) var unschedulable: [Int64: RecurrenceError] = [:]
    /// Deliveries ``start()`` announced again in this process: a start tried again after a store
    /// failure (a full or read-only disk) does not announce them a second time, even when their
    /// mark failed (they are then announced again after the next restart: at least once).
    private var announcedThisRun: Set<Int64> = []

    public init(
        store: any DeadlineStore, clock: any SchedulerClock, announcer: any ReminderAnnouncer,
        lateAfter: TimeInterval = 60, retryAfter: TimeInterval = 30
    ) {
        self.store = store
        self.clock = clock
        self.announcer = announcer
        self.lateAfter = lateAfter
        self.retryAfter = retryAfter
    }

    /// The instant the loop wakes for next: the earliest due reminder, but not before the retry
    /// after a failed write (nothing is recorded before then, so waking earlier would spin).
    public var nextWake: Date? {
        switch (scheduler.nextWake, retryAt) {
        case (let wake?, let retry?): max(wake, retry)
        case (let wake, nil): wake
        case (nil, let retry): retry
        }
    }

    /// The next reminder armed for a deadline.
    public func nextReminder(of deadlineID: Int64) -> PlannedReminder? { scheduler.nextReminder(of: deadlineID) }

    /// A deadline's next `limit` reminders, as they would come if nothing changed.
    public func upcoming(of deadlineID: Int64, limit: Int) -> [PlannedReminder] {
        scheduler.upcoming(of: deadlineID, limit: limit)
    }

    /// A deadline as armed: its schedule, its history and its next reminder; nil when it is not
    /// armed (unknown, or its rule does not parse).
    public func standing(of deadlineID: Int64) -> (schedule: DeadlineSchedule, history: ReminderHistory, next: PlannedReminder?)? {
        guard let schedule = scheduler.schedule(of: deadlineID), let history = scheduler.history(of: deadlineID) else { return nil }
        return (schedule, history, scheduler.nextReminder(of: deadlineID))
    }

    /// The reminders of the deadlines `including` keeps that come at or before `until`, in order,
    /// at most `limit`.
    public func upcoming(until: Date, limit: Int, including: @Sendable (Deadline) -> Bool) -> [PlannedReminder] {
        scheduler.upcoming(until: until, limit: limit, including: including)
    }

    /// The wall-clock time now, as the scheduler sees it.
    public nonisolated func now() -> Date { clock.now() }

    /// Acknowledges a delivered reminder (an overdue one silences its occurrence's repeats) and
    /// re-arms its deadline.
    @discardableResult
    public func acknowledge(deliveryID: Int64, by uid: UInt32) async throws(DeadlineStoreError) -> ReminderDelivery {
        let delivery = try await store.acknowledge(deliveryID: deliveryID, by: uid, at: clock.now())
        try await deadlineChanged(delivery.key.deadlineID)
        return delivery
    }

    /// Marks an occurrence of a deadline reached (its reminders stop) and re-arms the deadline;
    /// an `occurrence` the deadline does not have is refused, naming the field.
    public func markReached(_ deadlineID: Int64, occurrence: String, by uid: UInt32) async throws(DeadlineStoreError) {
        let deadline = try await store.deadline(deadlineID)
        let schedule: DeadlineSchedule
        do {
            schedule = try DeadlineSchedule(deadline)
        } catch {
            throw .invalidValue(field: "rrule", reason: error.description)
        }
        guard schedule.hasOccurrence(occurrence) else {
            throw .invalidValue(field: "occurrence", reason: "\(occurrence) is not an occurrence of deadline \(deadlineID)")
        }
        try await store.markReached(deadlineID, occurrence: occurrence, by: uid, at: clock.now())
        try await deadlineChanged(deadlineID)
    }

    /// Announces what was recorded but not announced before a crash, then arms every deadline.
    /// Returns the re-announced deliveries.
    @discardableResult
    public func start() async throws(DeadlineStoreError) -> [ReminderDelivery] {
        startedAt = clock.now()
        let unannounced = try await store.unannouncedDeliveries()
        var deadlines: [Int64: Deadline] = [:]
        for deadline in try await store.allDeadlines() { deadlines[deadline.id] = deadline }
        for delivery in unannounced {
            guard let deadline = deadlines[delivery.key.deadlineID] else { continue }
            // A start tried again (after a store failure further on) does not announce twice.
            if announcedThisRun.insert(delivery.id).inserted {
                await announcer.announce(AnnouncedReminder(delivery: delivery, deadline: deadline, afterRestart: true), then: marker(delivery))
            }
        }
        try await arm(Array(deadlines.values))
        return unannounced
    }

    /// Arms every deadline again from the store: after a change to many at once (a rollout plan
    /// applied to a district).
    public func reload() async throws(DeadlineStoreError) {
        defer { clock.wake() }
        try await arm(try await store.allDeadlines())
    }

    private func arm(_ deadlines: [Deadline]) async throws(DeadlineStoreError) {
        let histories = try await store.reminderHistories()
        scheduler = ReminderScheduler()
        unschedulable = [:]
        for deadline in deadlines {
            do {
                try scheduler.arm(deadline, history: histories[deadline.id] ?? ReminderHistory())
            } catch {
                unschedulable[deadline.id] = error
            }
        }
    }

    /// Re-arms a deadline after it was created or changed, or removes it when it is gone, and
    /// wakes the loop so that it sleeps until the new earliest instant.
    public func deadlineChanged(_ deadlineID: Int64) async throws(DeadlineStoreError) {
        defer { clock.wake() }
        let deadline: Deadline
        do {
            deadline = try await store.deadline(deadlineID)
        } catch .notFound {
            scheduler.remove(deadlineID)
            unschedulable[deadlineID] = nil
            return
        }
        let history = try await store.reminderHistory(deadlineID)
        do {
            try scheduler.arm(deadline, history: history)
            unschedulable[deadlineID] = nil
        } catch {
            unschedulable[deadlineID] = error
        }
    }

    /// Delivers everything due now, in order: record (committed), announce, mark announced.
    /// Returns the deliveries made. A store failure stops the round; it is tried again after
    /// ``retryAfter``.
    @discardableResult
    public func deliverDue() async -> [ReminderDelivery] {
        var delivered: [ReminderDelivery] = []
        let now = clock.now()
        if let retry = retryAt, retry > now, scheduler.firstDue(at: now) != nil { return delivered }
        retryAt = nil
        while let reminder = scheduler.firstDue(at: now) {
            let late = now.timeIntervalSince(reminder.dueAt) > lateAfter || startedAt.map { reminder.dueAt < $0 } ?? false
            let delivery: ReminderDelivery
            do {
                delivery = try await store.recordDelivery(reminder.key, dueAt: reminder.dueAt, deliveredAt: now, late: late)
            } catch .alreadyDelivered {
                // Recorded before (by an earlier run that did not get to advance): never twice.
                scheduler.advance(past: reminder)
                continue
            } catch {
                retryAt = now.addingTimeInterval(retryAfter)
                return delivered
            }
            scheduler.advance(past: reminder)
            if let deadline = scheduler.schedule(of: reminder.key.deadlineID)?.deadline {
                await announcer.announce(AnnouncedReminder(delivery: delivery, deadline: deadline, afterRestart: false), then: marker(delivery))
            } else {
                await marker(delivery)()
            }
            delivered.append(delivery)
        }
        return delivered
    }

    /// Marks `delivery` announced, best effort: an unmarked delivery is announced once more after
    /// a restart.
    private nonisolated func marker(_ delivery: ReminderDelivery) -> @Sendable () async -> Void {
        let store = store, clock = clock, id = delivery.id
        return { try? await store.markAnnounced(deliveryID: id, at: clock.now()) }
    }

    /// Delivers what is due, sleeps until the next due instant (or a change, or a clock change),
    /// and again, until the task is cancelled.
    public func run() async {
        while !Task.isCancelled {
            await deliverDue()
            _ = await clock.sleep(until: nextWake)
        }
    }
}
