/// `vn.khuyenhoc.Reminders.AddDeadline` parameters.
public struct AddDeadlineParameters: Codable, Sendable {
    public var deadline: DeadlineInput

    public init(deadline: DeadlineInput) {
        self.deadline = deadline
    }
}

/// `vn.khuyenhoc.Reminders.UpdateDeadline` parameters.
public struct UpdateDeadlineParameters: Codable, Sendable {
    public var id: Int64
    public var deadline: DeadlineInput

    public init(id: Int64, deadline: DeadlineInput) {
        self.id = id
        self.deadline = deadline
    }
}

/// The reply of `AddDeadline` and `UpdateDeadline`.
public struct DeadlineReply: Codable, Sendable, Hashable {
    public var deadline: DeadlineInfo

    public init(deadline: DeadlineInfo) {
        self.deadline = deadline
    }
}

/// `vn.khuyenhoc.Reminders.RemoveDeadline` parameters.
public struct RemoveDeadlineParameters: Codable, Sendable {
    public var id: Int64

    public init(id: Int64) {
        self.id = id
    }
}

/// `vn.khuyenhoc.Reminders.GetDeadline` parameters.
public struct GetDeadlineParameters: Codable, Sendable {
    public var id: Int64
    public var limit: Int?

    public init(id: Int64, limit: Int? = nil) {
        self.id = id
        self.limit = limit
    }
}

/// `vn.khuyenhoc.Reminders.GetDeadline` reply.
public struct GetDeadlineReply: Codable, Sendable, Hashable {
    public var deadline: DeadlineInfo
    public var upcoming: [UpcomingReminder]
    public var delivered: [DeliveryInfo]

    public init(deadline: DeadlineInfo, upcoming: [UpcomingReminder], delivered: [DeliveryInfo]) {
        self.deadline = deadline
        self.upcoming = upcoming
        self.delivered = delivered
    }
}

/// The parameters of `ListDeadlines`, `ListOverdue` and `Watch`: an area (a commune's code, or
/// nil for all) and a model.
public struct ReminderAreaParameters: Codable, Sendable {
    public var area: String?
    public var model: String?

    public init(area: String? = nil, model: String? = nil) {
        self.area = area
        self.model = model
    }
}

/// `vn.khuyenhoc.Reminders.ListDeadlines` reply.
public struct ListDeadlinesReply: Codable, Sendable, Hashable {
    public var deadlines: [DeadlineInfo]

    public init(deadlines: [DeadlineInfo]) {
        self.deadlines = deadlines
    }
}

/// `vn.khuyenhoc.Reminders.ListUpcoming` parameters.
public struct ListUpcomingParameters: Codable, Sendable {
    public var area: String?
    public var model: String?
    /// YYYY-MM-DD (the end of that day in Vietnam) or an RFC 3339 instant.
    public var until: String?
    public var limit: Int?

    public init(area: String? = nil, model: String? = nil, until: String? = nil, limit: Int? = nil) {
        self.area = area
        self.model = model
        self.until = until
        self.limit = limit
    }
}

/// `vn.khuyenhoc.Reminders.ListUpcoming` reply.
public struct ListUpcomingReply: Codable, Sendable, Hashable {
    public var reminders: [UpcomingReminder]

    public init(reminders: [UpcomingReminder]) {
        self.reminders = reminders
    }
}

/// `vn.khuyenhoc.Reminders.ListOverdue` reply.
public struct ListOverdueReply: Codable, Sendable, Hashable {
    public var overdue: [OverdueInfo]

    public init(overdue: [OverdueInfo]) {
        self.overdue = overdue
    }
}

/// `vn.khuyenhoc.Reminders.ListDelivered` parameters.
public struct ListDeliveredParameters: Codable, Sendable {
    public var area: String?
    public var model: String?
    /// YYYY-MM-DD (the start of that day in Vietnam) or an RFC 3339 instant.
    public var since: String?
    public var unacknowledged: Bool?
    public var limit: Int?

    public init(area: String? = nil, model: String? = nil, since: String? = nil, unacknowledged: Bool? = nil, limit: Int? = nil) {
        self.area = area
        self.model = model
        self.since = since
        self.unacknowledged = unacknowledged
        self.limit = limit
    }
}

/// `vn.khuyenhoc.Reminders.ListDelivered` reply.
public struct ListDeliveredReply: Codable, Sendable, Hashable {
    public var deliveries: [DeliveryInfo]

    public init(deliveries: [DeliveryInfo]) {
        self.deliveries = deliveries
    }
}

/// `vn.khuyenhoc.Reminders.Acknowledge` parameters.
public struct AcknowledgeParameters: Codable, Sendable {
    public var deliveryId: Int64

    public init(deliveryId: Int64) {
        self.deliveryId = deliveryId
    }
}

/// `vn.khuyenhoc.Reminders.Acknowledge` reply.
public struct AcknowledgeReply: Codable, Sendable, Hashable {
    public var delivery: DeliveryInfo

    public init(delivery: DeliveryInfo) {
        self.delivery = delivery
    }
}

/// `vn.khuyenhoc.Reminders.MarkReached` parameters.
public struct MarkReachedParameters: Codable, Sendable {
    public var deadlineId: Int64
    public var occurrence: String?

    public init(deadlineId: Int64, occurrence: String? = nil) {
        self.deadlineId = deadlineId
        self.occurrence = occurrence
    }
}

/// `vn.khuyenhoc.Reminders.MarkReached` reply.
public struct MarkReachedReply: Codable, Sendable, Hashable {
    public var deadline: DeadlineInfo
    public var occurrence: String

    public init(deadline: DeadlineInfo, occurrence: String) {
        self.deadline = deadline
        self.occurrence = occurrence
    }
}

/// `vn.khuyenhoc.Reminders.Watch` parameters.
public typealias WatchParameters = ReminderAreaParameters

/// One `vn.khuyenhoc.Reminders.Watch` reply: nil in the first (the subscription is in place),
/// then one reminder each.
public struct WatchReply: Codable, Sendable, Hashable {
    public var reminder: ReminderNotice?

    public init(reminder: ReminderNotice? = nil) {
        self.reminder = reminder
    }
}

/// `vn.khuyenhoc.Reports.Calendar` parameters.
public typealias CalendarParameters = ReminderAreaParameters

/// `vn.khuyenhoc.Reports.Calendar` reply: the `.ics` text and how many events it has.
public struct CalendarReply: Codable, Sendable, Hashable {
    public var ics: String
    public var events: Int

    public init(ics: String, events: Int) {
        self.ics = ics
        self.events = events
    }
}
