import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocSchedule
import KhuyenHocStore
import Varlink

/// The reading methods of `vn.khuyenhoc.Reminders`: deadlines with where they stand, what will
/// come, what is overdue and what was delivered.
struct RemindersReads {
    static let defaultUpcomingSpan: TimeInterval = 30 * 86_400

    let registry: any RegistryStore
    let deadlines: any DeadlineStore
    let reminders: ReminderService

    func get(_ parameters: GetDeadlineParameters) async throws(VarlinkError) -> GetDeadlineReply {
        let limit = try Self.limit(parameters.limit, default: 10, maximum: 100)
        let communes = try await ReminderCommunes.load(registry)
        let views = ReminderViews(communes: communes)
        let deadline = try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deadline(parameters.id) }
        let delivered = try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deliveries(of: parameters.id) }
        let upcoming = await reminders.upcoming(of: parameters.id, limit: limit)
        return GetDeadlineReply(
            deadline: await describe(deadline, views: views),
            upcoming: upcoming.map { views.upcoming($0, deadline: deadline) },
            delivered: delivered.reversed().map { views.delivery($0, deadline: deadline) })
    }

    func list(_ parameters: ReminderAreaParameters) async throws(VarlinkError) -> ListDeadlinesReply {
        let communes = try await ReminderCommunes.load(registry)
        let filter = try communes.filter(area: parameters.area, model: parameters.model, today: ReportDay.today())
        let views = ReminderViews(communes: communes)
        let now = reminders.now()
        var described: [(next: Date?, info: DeadlineInfo)] = []
        for deadline in try await selected(filter) {
            let standing = await reminders.standing(of: deadline.id)
            let next = standing?.schedule.occurrences(after: now, limit: 1).first?.end
            described.append((next, await describe(deadline, views: views)))
        }
        described.sort { lhs, rhs in
            switch (lhs.next, rhs.next) {
            case (let left?, let right?): left != right ? left < right : lhs.info.id < rhs.info.id
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs.info.id < rhs.info.id
            }
        }
        return ListDeadlinesReply(deadlines: described.map(\.info))
    }

    func upcoming(_ parameters: ListUpcomingParameters) async throws(VarlinkError) -> ListUpcomingReply {
        let limit = try Self.limit(parameters.limit, default: 100, maximum: 1000)
        let now = reminders.now()
        var until = now.addingTimeInterval(Self.defaultUpcomingSpan)
        if let text = parameters.until {
            guard let instant = InstantText.dayOrInstant(text, endOfDay: true) else {
                throw KhuyenHocErrors.remindersInvalidValue(field: "until", reason: "must be a day (YYYY-MM-DD) or an RFC 3339 instant, not “\(text)”")
            }
            until = instant
        }
        let communes = try await ReminderCommunes.load(registry)
        let filter = try communes.filter(area: parameters.area, model: parameters.model, today: ReportDay.today())
        let views = ReminderViews(communes: communes)
        var reminders: [UpcomingReminder] = []
        for planned in await self.reminders.upcoming(until: until, limit: limit, including: { filter.includes($0.scope) }) {
            guard let deadline = await self.reminders.standing(of: planned.key.deadlineID)?.schedule.deadline else { continue }
            reminders.append(views.upcoming(planned, deadline: deadline))
        }
        return ListUpcomingReply(reminders: reminders)
    }

    func overdue(_ parameters: ReminderAreaParameters) async throws(VarlinkError) -> ListOverdueReply {
        let communes = try await ReminderCommunes.load(registry)
        let filter = try communes.filter(area: parameters.area, model: parameters.model, today: ReportDay.today())
        let views = ReminderViews(communes: communes)
        let now = reminders.now()
        var found: [OverdueInfo] = []
        for deadline in try await selected(filter) {
            guard let standing = await reminders.standing(of: deadline.id),
                  let passed = standing.schedule.latestOccurrence(endingBy: now),
                  !standing.history.reached.contains(passed.key) else { continue }
            let next = standing.next.flatMap { $0.key.kind == .overdue && $0.key.occurrence == passed.key ? $0 : nil }
            found.append(OverdueInfo(
                deadlineId: deadline.id, title: deadline.title, titleVi: deadline.titleVi, commune: views.commune(of: deadline),
                model: deadline.scope.model?.rawValue, phase: deadline.phase?.rawValue, occurrence: passed.key,
                daysOverdue: Int(now.timeIntervalSince(passed.end) / 86_400),
                acknowledged: standing.history.acknowledged.contains(passed.key),
                nextRepeat: next.map { Timestamp.string(from: $0.dueAt) }))
        }
        found.sort { $0.daysOverdue != $1.daysOverdue ? $0.daysOverdue > $1.daysOverdue : $0.deadlineId < $1.deadlineId }
        return ListOverdueReply(overdue: found)
    }

    func delivered(_ parameters: ListDeliveredParameters) async throws(VarlinkError) -> ListDeliveredReply {
        let limit = try Self.limit(parameters.limit, default: 100, maximum: 1000)
        var since: Date?
        if let text = parameters.since {
            guard let instant = InstantText.dayOrInstant(text, endOfDay: false) else {
                throw KhuyenHocErrors.remindersInvalidValue(field: "since", reason: "must be a day (YYYY-MM-DD) or an RFC 3339 instant, not “\(text)”")
            }
            since = instant
        }
        let communes = try await ReminderCommunes.load(registry)
        let filter = try communes.filter(area: parameters.area, model: parameters.model, today: ReportDay.today())
        let views = ReminderViews(communes: communes)
        let query = DeliveryFilter(deadlines: filter.store, since: since, unacknowledged: parameters.unacknowledged ?? false, limit: limit)
        let found = try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deliveries(matching: query) }
        var byID: [Int64: Deadline] = [:]
        var listed: [DeliveryInfo] = []
        for delivery in found {
            let id = delivery.key.deadlineID
            if byID[id] == nil {
                byID[id] = try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deadline(id) }
            }
            listed.append(views.delivery(delivery, deadline: byID[id]!))
        }
        return ListDeliveredReply(deliveries: listed)
    }

    /// A deadline as the interface gives it, with where the scheduler has it.
    func describe(_ deadline: Deadline, views: ReminderViews) async -> DeadlineInfo {
        let standing = await reminders.standing(of: deadline.id)
        let problem = await reminders.unschedulable[deadline.id].map { "its rule cannot be scheduled: \($0.description)" }
        return views.deadline(deadline, standing: standing, problem: problem, now: reminders.now())
    }

    private func selected(_ filter: ReminderFilter) async throws(VarlinkError) -> [Deadline] {
        try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deadlines(matching: filter.store) }
    }

    static func limit(_ value: Int?, default fallback: Int, maximum: Int) throws(VarlinkError) -> Int {
        guard let value else { return fallback }
        guard (1...maximum).contains(value) else {
            throw KhuyenHocErrors.remindersInvalidValue(field: "limit", reason: "must be between 1 and \(maximum), not \(value)")
        }
        return value
    }
}
