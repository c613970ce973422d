import Foundation
import HeapModule
import KhuyenHocStore

/// The next due reminder of every deadline, in a min-heap: the earliest is at hand in O(1)
/// (``nextWake``), a change re-arms one deadline in O(log n), and nothing runs while nothing is
/// due, however many deadlines there are.
///
/// A change never searches the heap: the deadline's entry gets a new generation and a new heap
/// item; the old item stays behind, stale, and is dropped when it reaches the top or when stale
/// items outnumber live ones (the heap is then rebuilt in O(n)).
///
/// ```swift
/// var scheduler = ReminderScheduler()
/// try scheduler.arm(deadline, history: history)
/// if let wake = scheduler.nextWake { /* sleep until wake */ }
/// while let reminder = scheduler.firstDue(at: now) { /* record, announce */ scheduler.advance(past: reminder) }
/// ```
public struct ReminderScheduler: Sendable {
    private struct Item: Comparable, Sendable {
        let reminder: PlannedReminder
        let generation: UInt64

        static func < (lhs: Item, rhs: Item) -> Bool {
            lhs.reminder < rhs.reminder
        }
    }

    private struct Armed: Sendable {
        let schedule: DeadlineSchedule
        var history: ReminderHistory
        var next: PlannedReminder?
        var generation: UInt64
    }

    private var heap = Heap<Item>()
    private var armed: [Int64: Armed] = [:]
    private var generation: UInt64 = 0

    public init() {}

    /// How many deadlines are armed.
    public var deadlineCount: Int { armed.count }

    /// The earliest due instant of any reminder, or nil when none will come.
    public var nextWake: Date? { heap.min?.reminder.dueAt }

    /// A deadline's next reminder, as armed.
    public func nextReminder(of deadlineID: Int64) -> PlannedReminder? { armed[deadlineID]?.next }

    /// A deadline's next `limit` reminders, as they would come if nothing changed.
    public func upcoming(of deadlineID: Int64, limit: Int) -> [PlannedReminder] {
        guard let entry = armed[deadlineID] else { return [] }
        return ReminderPlanner.upcoming(for: entry.schedule, history: entry.history, limit: limit)
    }

    /// The deadline's schedule, as armed.
    public func schedule(of deadlineID: Int64) -> DeadlineSchedule? { armed[deadlineID]?.schedule }

    /// The deadline's history, as armed.
    public func history(of deadlineID: Int64) -> ReminderHistory? { armed[deadlineID]?.history }

    /// The reminders of the deadlines `including` keeps that come at or before `until`, in the
    /// order they would come if nothing changed, at most `limit`: a merge of each deadline's own
    /// sequence, so it costs about `limit` planner steps plus one look at every deadline.
    public func upcoming(until: Date, limit: Int, including: (Deadline) -> Bool) -> [PlannedReminder] {
        struct Cursor: Comparable {
            let reminder: PlannedReminder
            let history: ReminderHistory
            let schedule: DeadlineSchedule
            static func < (lhs: Cursor, rhs: Cursor) -> Bool { lhs.reminder < rhs.reminder }
            static func == (lhs: Cursor, rhs: Cursor) -> Bool { lhs.reminder == rhs.reminder }
        }
        var cursors = Heap<Cursor>()
        for entry in armed.values {
            guard let next = entry.next, next.dueAt <= until, including(entry.schedule.deadline) else { continue }
            cursors.insert(Cursor(reminder: next, history: entry.history, schedule: entry.schedule))
        }
        var found: [PlannedReminder] = []
        while found.count < limit, let cursor = cursors.popMin() {
            found.append(cursor.reminder)
            var history = cursor.history
            history.lastDelivered = cursor.reminder.key
            history.lastDueAt = cursor.reminder.dueAt
            if let next = ReminderPlanner.next(for: cursor.schedule, history: history), next.dueAt <= until {
                cursors.insert(Cursor(reminder: next, history: history, schedule: cursor.schedule))
            }
        }
        return found
    }

    /// Arms (or re-arms) a deadline with its history; a rule that does not parse is thrown and
    /// leaves the deadline unarmed.
    public mutating func arm(_ deadline: Deadline, history: ReminderHistory) throws(RecurrenceError) {
        let schedule: DeadlineSchedule
        do {
            schedule = try DeadlineSchedule(deadline)
        } catch {
            remove(deadline.id)
            throw error
        }
        arm(schedule, history: history)
    }

    /// Arms (or re-arms) a parsed deadline with its history.
    public mutating func arm(_ schedule: DeadlineSchedule, history: ReminderHistory) {
        generation += 1
        let next = ReminderPlanner.next(for: schedule, history: history)
        armed[schedule.deadline.id] = Armed(schedule: schedule, history: history, next: next, generation: generation)
        if let next { heap.insert(Item(reminder: next, generation: generation)) }
        tidy()
    }

    /// Re-arms a deadline with a new history (reached, acknowledged); unknown ids are ignored.
    public mutating func update(_ deadlineID: Int64, history: ReminderHistory) {
        guard let entry = armed[deadlineID] else { return }
        arm(entry.schedule, history: history)
    }

    /// Forgets a deadline.
    public mutating func remove(_ deadlineID: Int64) {
        guard armed.removeValue(forKey: deadlineID) != nil else { return }
        tidy()
    }

    /// The earliest reminder due at or before `now`, or nil.
    public func firstDue(at now: Date) -> PlannedReminder? {
        guard let top = heap.min, top.reminder.dueAt <= now else { return nil }
        return top.reminder
    }

    /// Marks `reminder` delivered (it must be its deadline's next) and arms the deadline's next.
    public mutating func advance(past reminder: PlannedReminder) {
        guard var entry = armed[reminder.key.deadlineID], entry.next == reminder else { return }
        entry.history.lastDelivered = reminder.key
        entry.history.lastDueAt = reminder.dueAt
        arm(entry.schedule, history: entry.history)
    }

    /// Everything due at or before `now`, in delivery order, including the later reminders of a
    /// deadline that also fall due by then; the scheduler itself is unchanged (it works on a copy).
    public func due(at now: Date) -> [PlannedReminder] {
        var copy = self
        var due: [PlannedReminder] = []
        while let reminder = copy.firstDue(at: now) {
            due.append(reminder)
            copy.advance(past: reminder)
        }
        return due
    }

    /// Drops stale items from the top, and rebuilds the heap when they outnumber live ones.
    private mutating func tidy() {
        if heap.count > 2 * armed.count + 64 {
            heap = Heap(armed.values.compactMap { entry in entry.next.map { Item(reminder: $0, generation: entry.generation) } })
        }
        while let top = heap.min, armed[top.reminder.key.deadlineID]?.generation != top.generation {
            _ = heap.popMin()
        }
    }
}
