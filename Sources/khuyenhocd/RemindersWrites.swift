import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocSchedule
import KhuyenHocStore
import Varlink

/// The privileged methods of `vn.khuyenhoc.Reminders`: each writes through the store, then has
/// the scheduler re-arm what changed before it answers, so the next reminder is already armed.
struct RemindersWrites {
    let registry: any RegistryStore
    let deadlines: any DeadlineStore
    let reminders: ReminderService
    let reads: RemindersReads

    func add(_ parameters: AddDeadlineParameters, uid: UInt32) async throws(VarlinkError) -> DeadlineReply {
        let communes = try await ReminderCommunes.load(registry)
        let new = try DeadlineInputReader(communes: communes, today: ReportDay.today()).read(parameters.deadline)
        let deadline = try await RemindersCall.run(fieldPrefix: "deadline.") { () throws(DeadlineStoreError) in
            try await deadlines.createDeadline(new, by: uid, at: reminders.now())
        }
        try await rearm(deadline.id)
        return DeadlineReply(deadline: await reads.describe(deadline, views: ReminderViews(communes: communes)))
    }

    func update(_ parameters: UpdateDeadlineParameters, uid: UInt32) async throws(VarlinkError) -> DeadlineReply {
        let communes = try await ReminderCommunes.load(registry)
        let new = try DeadlineInputReader(communes: communes, today: ReportDay.today()).read(parameters.deadline)
        let deadline = try await RemindersCall.run(fieldPrefix: "deadline.", communes: communes) { () throws(DeadlineStoreError) in
            try await deadlines.updateDeadline(parameters.id, new, at: reminders.now())
        }
        try await rearm(deadline.id)
        return DeadlineReply(deadline: await reads.describe(deadline, views: ReminderViews(communes: communes)))
    }

    func remove(_ parameters: RemoveDeadlineParameters) async throws(VarlinkError) -> NoParameters {
        let communes = try await ReminderCommunes.load(registry)
        try await RemindersCall.run(communes: communes) { () throws(DeadlineStoreError) in try await deadlines.deleteDeadline(parameters.id) }
        try await rearm(parameters.id)
        return NoParameters()
    }

    func acknowledge(_ parameters: AcknowledgeParameters, uid: UInt32) async throws(VarlinkError) -> AcknowledgeReply {
        let delivery = try await RemindersCall.run { () throws(DeadlineStoreError) in
            try await reminders.acknowledge(deliveryID: parameters.deliveryId, by: uid)
        }
        let deadline = try await RemindersCall.run { () throws(DeadlineStoreError) in try await deadlines.deadline(delivery.key.deadlineID) }
        let communes = try await ReminderCommunes.load(registry)
        return AcknowledgeReply(delivery: ReminderViews(communes: communes).delivery(delivery, deadline: deadline))
    }

    func markReached(_ parameters: MarkReachedParameters, uid: UInt32) async throws(VarlinkError) -> MarkReachedReply {
        let communes = try await ReminderCommunes.load(registry)
        let deadline = try await RemindersCall.run(idField: "deadlineId") { () throws(DeadlineStoreError) in
            try await deadlines.deadline(parameters.deadlineId)
        }
        let occurrence: String
        if let given = parameters.occurrence {
            occurrence = given
        } else {
            guard let standing = await reminders.standing(of: deadline.id) else {
                throw KhuyenHocErrors.remindersInvalidValue(field: "occurrence", reason: "the deadline's rule cannot be scheduled; name the occurrence")
            }
            guard let found = Self.defaultOccurrence(standing.schedule, history: standing.history, now: reminders.now()) else {
                throw KhuyenHocErrors.remindersInvalidValue(field: "occurrence", reason: "every occurrence of deadline \(deadline.id) is reached or over")
            }
            occurrence = found
        }
        try await RemindersCall.run(idField: "deadlineId", communes: communes) { () throws(DeadlineStoreError) in
            try await reminders.markReached(deadline.id, occurrence: occurrence, by: uid)
        }
        return MarkReachedReply(deadline: await reads.describe(deadline, views: ReminderViews(communes: communes)), occurrence: occurrence)
    }

    /// The occurrence MarkReached means without one: the latest that has passed without being
    /// reached, else the next one.
    static func defaultOccurrence(_ schedule: DeadlineSchedule, history: ReminderHistory, now: Date) -> String? {
        if let passed = schedule.latestOccurrence(endingBy: now), !history.reached.contains(passed.key) { return passed.key }
        return schedule.occurrences(after: now, limit: 2).first { !history.reached.contains($0.key) }?.key
    }

    private func rearm(_ id: Int64) async throws(VarlinkError) {
        try await RemindersCall.run { () throws(DeadlineStoreError) in try await reminders.deadlineChanged(id) }
    }
}
