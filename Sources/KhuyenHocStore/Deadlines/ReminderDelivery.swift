import Foundation

/// A reminder as recorded when it was delivered. Recorded means delivered: announcing it (to
/// subscribers, the journal, a desktop) happens after the record is committed and is marked by
/// `announcedAt`.
public struct ReminderDelivery: Sendable, Hashable {
    public let id: Int64
    public let key: ReminderKey
    /// When the reminder was due.
    public let dueAt: Date
    /// When it was recorded.
    public let deliveredAt: Date
    /// Delivered noticeably after it was due: the daemon was down, the machine suspended, or the
    /// clock jumped.
    public let late: Bool
    /// When it was announced; nil until then (a crash between record and announcement leaves it
    /// nil, and the scheduler announces it on its next start).
    public var announcedAt: Date?
    public var acknowledgedAt: Date?
    public var acknowledgedBy: UInt32?

    public init(
        id: Int64, key: ReminderKey, dueAt: Date, deliveredAt: Date, late: Bool,
        announcedAt: Date? = nil, acknowledgedAt: Date? = nil, acknowledgedBy: UInt32? = nil
    ) {
        self.id = id
        self.key = key
        self.dueAt = dueAt
        self.deliveredAt = deliveredAt
        self.late = late
        self.announcedAt = announcedAt
        self.acknowledgedAt = acknowledgedAt
        self.acknowledgedBy = acknowledgedBy
    }
}
