/// A delivered reminder with its record (`vn.khuyenhoc.Reminders.Delivery`).
public struct DeliveryInfo: Codable, Sendable, Hashable {
    public var reminder: ReminderNotice
    public var occurrence: String
    /// When it was due and when it was delivered (recorded), RFC 3339, UTC.
    public var remindAt: String
    public var deliveredAt: String
    public var acknowledgedAt: String?
    public var acknowledgedBy: UInt32?

    public init(
        reminder: ReminderNotice, occurrence: String, remindAt: String, deliveredAt: String,
        acknowledgedAt: String? = nil, acknowledgedBy: UInt32? = nil
    ) {
        self.reminder = reminder
        self.occurrence = occurrence
        self.remindAt = remindAt
        self.deliveredAt = deliveredAt
        self.acknowledgedAt = acknowledgedAt
        self.acknowledgedBy = acknowledgedBy
    }
}
