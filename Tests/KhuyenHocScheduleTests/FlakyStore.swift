import Foundation
import KhuyenHocStore

/// A store whose next `failures` deliveries (and next `markFailures` marks of an announcement)
/// fail as a full disk would, before anything is written.
final class FlakyStore: DeadlineStore, @unchecked Sendable {
    private let base: SQLiteRegistryStore
    private let lock = NSLock()
    private var failures: Int
    private var markFailures: Int

    init(_ base: SQLiteRegistryStore, failures: Int, markFailures: Int = 0) {
        self.base = base
        self.failures = failures
        self.markFailures = markFailures
    }

    func createDeadline(_ new: NewDeadline, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> Deadline {
        try await base.createDeadline(new, by: uid, at: now)
    }
    func updateDeadline(_ id: Int64, _ new: NewDeadline, at now: Date) async throws(DeadlineStoreError) -> Deadline {
        try await base.updateDeadline(id, new, at: now)
    }
    func deleteDeadline(_ id: Int64) async throws(DeadlineStoreError) { try await base.deleteDeadline(id) }
    func deadline(_ id: Int64) async throws(DeadlineStoreError) -> Deadline { try await base.deadline(id) }
    func allDeadlines() async throws(DeadlineStoreError) -> [Deadline] { try await base.allDeadlines() }
    func deadlines(matching filter: DeadlineFilter) async throws(DeadlineStoreError) -> [Deadline] {
        try await base.deadlines(matching: filter)
    }
    func deliveries(matching filter: DeliveryFilter) async throws(DeadlineStoreError) -> [ReminderDelivery] {
        try await base.deliveries(matching: filter)
    }
    func delivery(_ id: Int64) async throws(DeadlineStoreError) -> ReminderDelivery { try await base.delivery(id) }
    func markReached(_ deadlineID: Int64, occurrence: String, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) {
        try await base.markReached(deadlineID, occurrence: occurrence, by: uid, at: now)
    }
    func acknowledge(deliveryID: Int64, by uid: UInt32, at now: Date) async throws(DeadlineStoreError) -> ReminderDelivery {
        try await base.acknowledge(deliveryID: deliveryID, by: uid, at: now)
    }
    func reminderHistory(_ deadlineID: Int64) async throws(DeadlineStoreError) -> ReminderHistory {
        try await base.reminderHistory(deadlineID)
    }
    func reminderHistories() async throws(DeadlineStoreError) -> [Int64: ReminderHistory] { try await base.reminderHistories() }
    func recordDelivery(_ key: ReminderKey, dueAt: Date, deliveredAt: Date, late: Bool) async throws(DeadlineStoreError) -> ReminderDelivery {
        let fail = lock.withLock {
            guard failures > 0 else { return false }
            failures -= 1
            return true
        }
        if fail { throw .storage(.diskFull) }
        return try await base.recordDelivery(key, dueAt: dueAt, deliveredAt: deliveredAt, late: late)
    }
    func markAnnounced(deliveryID: Int64, at now: Date) async throws(DeadlineStoreError) {
        let fail = lock.withLock {
            guard markFailures > 0 else { return false }
            markFailures -= 1
            return true
        }
        if fail { throw .storage(.diskFull) }
        try await base.markAnnounced(deliveryID: deliveryID, at: now)
    }
    func unannouncedDeliveries() async throws(DeadlineStoreError) -> [ReminderDelivery] { try await base.unannouncedDeliveries() }
    func deliveries(of deadlineID: Int64) async throws(DeadlineStoreError) -> [ReminderDelivery] {
        try await base.deliveries(of: deadlineID)
    }
}
