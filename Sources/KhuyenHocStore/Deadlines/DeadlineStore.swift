import Foundation

/// Deadlines and their reminders' deliveries, kept apart from ``RegistryStore`` (the scheduler
/// needs only this). Every method is one transaction.
///
/// The rollout plan's days are deadlines too (``Deadline/phase`` set): ``RolloutStore`` creates,
/// moves, removes and reaches them in its own writes, and ``updateDeadline(_:_:at:)``,
/// ``deleteDeadline(_:)`` and ``markReached(_:occurrence:by:at:)`` refuse them with
/// ``DeadlineStoreError/managedByRollout(id:communeID:model:phase:)``. The occurrences reached
/// are in ``reminderHistory(_:)``.
public protocol DeadlineStore: Sendable {
    /// Creates a deadline, armed from `now`.
    func createDeadline(_ new: NewDeadline, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> Deadline
    /// Replaces a deadline's fields; a change of its schedule re-arms it from `now`.
    func updateDeadline(_ id: Int64, _ new: NewDeadline, at now: Date) async throws(DeadlineStoreError) -> Deadline
    /// Removes a deadline with its reminders' history.
    func deleteDeadline(_ id: Int64) async throws(DeadlineStoreError)
    func deadline(_ id: Int64) async throws(DeadlineStoreError) -> Deadline
    /// All deadlines, by id.
    func allDeadlines() async throws(DeadlineStoreError) -> [Deadline]
    /// The deadlines `filter` keeps (district deadlines concern every commune, deadlines without a
    /// model every model), by id; read through the commune index, not by loading every deadline.
    func deadlines(matching filter: DeadlineFilter) async throws(DeadlineStoreError) -> [Deadline]

    /// Marks an occurrence reached: its reminders stop.
    func markReached(_ deadlineID: Int64, occurrence: String, by uid: UInt32, at now: Date) async throws(DeadlineStoreError)
    /// Acknowledges a delivered reminder; acknowledging an overdue one stops its occurrence's
    /// overdue repeats.
    func acknowledge(deliveryID: Int64, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> ReminderDelivery

    /// The planner's view of one deadline's past.
    func reminderHistory(_ deadlineID: Int64) async throws(DeadlineStoreError) -> ReminderHistory
    /// The planner's view of every deadline's past, by deadline id (deadlines with no history are
    /// absent).
    func reminderHistories() async throws(DeadlineStoreError) -> [Int64: ReminderHistory]

    /// Records a reminder as delivered (committed before this returns);
    /// ``DeadlineStoreError/alreadyDelivered(_:)`` when it was recorded before.
    func recordDelivery(_ key: ReminderKey, dueAt: Date, deliveredAt: Date, late: Bool) async throws(DeadlineStoreError) -> ReminderDelivery
    func markAnnounced(deliveryID: Int64, at now: Date) async throws(DeadlineStoreError)
    /// Deliveries recorded but not announced (a crash came between), in the order recorded.
    func unannouncedDeliveries() async throws(DeadlineStoreError) -> [ReminderDelivery]
    /// A deadline's deliveries, in due order.
    func deliveries(of deadlineID: Int64) async throws(DeadlineStoreError) -> [ReminderDelivery]
    /// The deliveries `filter` keeps, newest first (delivered, then recorded, last first), at most
    /// its limit; read in the order of the delivery-time index.
    func deliveries(matching filter: DeliveryFilter) async throws(DeadlineStoreError) -> [ReminderDelivery]
    /// One delivery; ``DeadlineStoreError/notFound(what:id:)`` when there is none with the id.
    func delivery(_ id: Int64) async throws(DeadlineStoreError) -> ReminderDelivery
}
