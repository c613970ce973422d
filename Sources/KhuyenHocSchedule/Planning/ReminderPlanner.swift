import Foundation
import KhuyenHocStore

/// Which reminder of a deadline is due next, given what happened so far.
///
/// The rules (issue 5):
/// - each occurrence has a lead reminder per lead time, due that long before it (for a date
///   deadline, that many days before, at the deadline's local reminder time);
/// - after an occurrence has passed, an overdue repeat every `overdueInterval` (for a date
///   deadline the first comes that many days after the day, at the reminder time), until the
///   occurrence is marked reached, an overdue repeat of it is acknowledged, or the next occurrence
///   has passed (then that one is the overdue one);
/// - an occurrence marked reached has no further reminders at all;
/// - reminders due before the deadline was armed (created, or its schedule changed) never come;
/// - reminders come in order (``PlannedReminder``'s), and the history's last delivered reminder
///   says where the deadline stands: nothing at or before it comes again, so that a clock set
///   backwards repeats nothing.
public enum ReminderPlanner {
    /// The next reminder after the history, or nil when there will be none.
    public static func next(for schedule: DeadlineSchedule, history: ReminderHistory) -> PlannedReminder? {
        let deadline = schedule.deadline
        let cursor = history.lastDelivered.flatMap { key in history.lastDueAt.map { PlannedReminder(key: key, dueAt: $0) } }
        let boundary = max(deadline.armedAt, cursor?.dueAt ?? deadline.armedAt)
        let maximumLead = TimeInterval(deadline.leadTimes.max() ?? 0)
        var best: PlannedReminder?

        func consider(_ candidate: PlannedReminder) {
            guard candidate.dueAt >= deadline.armedAt, cursor.map({ $0 < candidate }) ?? true else { return }
            if best.map({ candidate < $0 }) ?? true { best = candidate }
        }

        func evaluate(_ occurrence: DeadlineOccurrence, next: DeadlineOccurrence?) {
            guard !history.reached.contains(occurrence.key) else { return }
            for lead in deadline.leadTimes {
                let key = ReminderKey(deadlineID: deadline.id, occurrence: occurrence.key, kind: .lead, n: lead)
                consider(PlannedReminder(key: key, dueAt: schedule.leadDue(occurrence, lead: lead)))
            }
            guard let interval = deadline.overdueInterval, !history.acknowledged.contains(occurrence.key) else { return }
            let base = schedule.overdueDue(occurrence, n: 0, interval: interval)
            var n = max(1, Int64((boundary.timeIntervalSince(base) / TimeInterval(interval)).rounded(.down)))
            // At most a step or two past the estimate: the boundary's own repeat may be at or before the cursor.
            for _ in 0..<3 {
                let due = schedule.overdueDue(occurrence, n: n, interval: interval)
                if let next, due >= next.end { return }
                let candidate = PlannedReminder(
                    key: ReminderKey(deadlineID: deadline.id, occurrence: occurrence.key, kind: .overdue, n: n), dueAt: due)
                if candidate.dueAt >= deadline.armedAt, cursor.map({ $0 < candidate }) ?? true {
                    consider(candidate)
                    return
                }
                n += 1
            }
        }

        // Look back one period before the boundary for the occurrence whose overdue repeats may still
        // run; further back (doubling) when a sparse rule has none there.
        let boundaryDay = VietnamTime.day(of: boundary).day
        var lookBack = schedule.periodDays
        while true {
            let from = boundaryDay.adding(days: -lookBack)
            var pending: DeadlineOccurrence?
            var sawPassed = false
            schedule.forEachOccurrence(from: from) { occurrence in
                if occurrence.end <= boundary {
                    sawPassed = true
                    pending = occurrence
                    return true
                }
                if let earlier = pending { evaluate(earlier, next: occurrence) }
                pending = occurrence
                let earliest = occurrence.anchor.addingTimeInterval(-maximumLead)
                if let found = best, earliest > found.dueAt { pending = nil; return false }
                return true
            }
            if let last = pending { evaluate(last, next: nil) }
            if sawPassed || from <= schedule.firstOccurrenceDay || schedule.rule == nil { break }
            best = nil
            lookBack *= 2
        }
        return best
    }

    /// The next `limit` reminders, as they would come if each were delivered and nothing else
    /// changed.
    public static func upcoming(for schedule: DeadlineSchedule, history: ReminderHistory, limit: Int) -> [PlannedReminder] {
        var history = history
        var reminders: [PlannedReminder] = []
        while reminders.count < limit, let reminder = next(for: schedule, history: history) {
            reminders.append(reminder)
            history.lastDelivered = reminder.key
            history.lastDueAt = reminder.dueAt
        }
        return reminders
    }
}
