import Foundation
import KhuyenHocAPI
import KhuyenHocSchedule
import KhuyenHocStore

/// Deadlines and reminders as `vn.khuyenhoc.Reminders` gives them, with their communes named.
struct ReminderViews {
    let communes: ReminderCommunes

    func commune(of deadline: Deadline) -> CommuneReference? {
        deadline.scope.communeID.flatMap { communes.reference(id: $0) }
    }

    /// A deadline with where it stands: its next occurrence and next reminder from `standing`.
    func deadline(
        _ deadline: Deadline, standing: (schedule: DeadlineSchedule, history: ReminderHistory, next: PlannedReminder?)?,
        problem: String?, now: Date
    ) -> DeadlineInfo {
        var dueDate: String?
        var dueAt: String?
        switch deadline.due {
        case .date(let date): dueDate = date.description
        case .instant(let instant): dueAt = Timestamp.string(from: instant)
        }
        let nextOccurrence = standing?.schedule.occurrences(after: now, limit: 1).first?.key
        return DeadlineInfo(
            id: deadline.id, title: deadline.title, titleVi: deadline.titleVi, commune: commune(of: deadline),
            model: deadline.scope.model?.rawValue, phase: deadline.phase?.rawValue, dueDate: dueDate, dueAt: dueAt,
            rrule: deadline.rrule, leadTimes: deadline.leadTimes, reminderTime: Self.clockText(minute: deadline.localMinute),
            overdueInterval: deadline.overdueInterval, sample: deadline.sample, createdBy: deadline.createdBy,
            createdAt: Timestamp.string(from: deadline.createdAt), nextOccurrence: nextOccurrence,
            nextReminder: standing?.next.map { upcoming($0, deadline: deadline) }, problem: problem)
    }

    func upcoming(_ reminder: PlannedReminder, deadline: Deadline) -> UpcomingReminder {
        UpcomingReminder(
            deadlineId: deadline.id, title: deadline.title, titleVi: deadline.titleVi, commune: commune(of: deadline),
            model: deadline.scope.model?.rawValue, phase: deadline.phase?.rawValue, occurrence: reminder.key.occurrence,
            kind: KhuyenHocAPI.ReminderKind(reminder.key.kind), days: Self.days(of: reminder.key, deadline: deadline),
            remindAt: Timestamp.string(from: reminder.dueAt))
    }

    /// The notice every channel receives for a delivered reminder.
    func notice(_ delivery: KhuyenHocStore.ReminderDelivery, deadline: Deadline) -> ReminderNotice {
        let commune = commune(of: deadline)
        return ReminderNotice(
            deliveryId: delivery.id, deadlineId: deadline.id, title: deadline.title,
            titleVi: deadline.titleVi ?? deadline.title, due: Self.occurrenceInstant(delivery.key.occurrence, deadline: deadline),
            kind: KhuyenHocAPI.ReminderKind(delivery.key.kind), days: Self.days(of: delivery.key, deadline: deadline),
            communeCode: commune?.code, communeName: commune?.name, model: deadline.scope.model?.rawValue, late: delivery.late)
    }

    func delivery(_ delivery: KhuyenHocStore.ReminderDelivery, deadline: Deadline) -> DeliveryInfo {
        DeliveryInfo(
            reminder: notice(delivery, deadline: deadline), occurrence: delivery.key.occurrence,
            remindAt: Timestamp.string(from: delivery.dueAt), deliveredAt: Timestamp.string(from: delivery.deliveredAt),
            acknowledgedAt: delivery.acknowledgedAt.map(Timestamp.string(from:)), acknowledgedBy: delivery.acknowledgedBy)
    }

    /// Whole days before the occurrence (a lead reminder) or after it (an overdue repeat).
    static func days(of key: ReminderKey, deadline: Deadline) -> Int {
        switch key.kind {
        case .lead: Int(key.n / 86_400)
        case .overdue: Int(key.n * (deadline.overdueInterval ?? 0) / 86_400)
        }
    }

    /// The instant an occurrence key names: a date's local midnight (the start of its day), or
    /// the instant itself.
    static func occurrenceInstant(_ key: String, deadline: Deadline) -> Date {
        switch deadline.due {
        case .date:
            guard let date = CalendarDate(key) else { return Date(timeIntervalSince1970: 0) }
            return VietnamTime.instant(LocalDay(date))
        case .instant:
            return Timestamp.date(from: key) ?? Date(timeIntervalSince1970: 0)
        }
    }

    /// `08:00` for minute 480.
    static func clockText(minute: Int) -> String {
        let hours = minute / 60
        let minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
