import Foundation

/// One due reminder as every delivery channel receives it: the Watch stream, the journal, the
/// desktop notification, the hook command's standard input.
///
/// Encoded as JSON it is the Varlink type below (instants as the registry writes them, UTC to the
/// millisecond), as `vn.khuyenhoc.Reminders` declares it:
///
/// ```
/// type ReminderNotice (
///   deliveryId: int, deadlineId: int, title: string, titleVi: string, due: string,
///   kind: (lead, overdue), days: int, communeCode: ?string, communeName: ?string,
///   model: ?string, late: bool
/// )
/// ```
public struct ReminderNotice: Codable, Sendable, Hashable {
    /// The scheduler's record of this delivery; the same reminder is never delivered under two ids.
    public var deliveryId: Int64
    /// The deadline the reminder is about.
    public var deadlineId: Int64
    /// The deadline's title in English.
    public var title: String
    /// The deadline's title in Vietnamese.
    public var titleVi: String
    /// The deadline's due instant (a calendar-date deadline is due at its local midnight).
    public var due: Date
    /// Before the deadline or after it was missed.
    public var kind: ReminderKind
    /// Days before the deadline (`lead`) or after it (`overdue`); 0 on the day itself.
    public var days: Int
    /// The commune's statistics code, when the deadline belongs to one commune.
    public var communeCode: String?
    /// The commune's name, with the code.
    public var communeName: String?
    /// The learning model (`citizen`, `family`, …), when the deadline belongs to one.
    public var model: String?
    /// Delivered after its due instant because the daemon was not running then.
    public var late: Bool

    /// Creates a notice.
    public init(
        deliveryId: Int64, deadlineId: Int64, title: String, titleVi: String, due: Date, kind: ReminderKind,
        days: Int, communeCode: String? = nil, communeName: String? = nil, model: String? = nil, late: Bool = false
    ) {
        self.deliveryId = deliveryId
        self.deadlineId = deadlineId
        self.title = title
        self.titleVi = titleVi
        self.due = due
        self.kind = kind
        self.days = days
        self.communeCode = communeCode
        self.communeName = communeName
        self.model = model
        self.late = late
    }

    private enum CodingKeys: String, CodingKey {
        case deliveryId, deadlineId, title, titleVi, due, kind, days, communeCode, communeName, model, late
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let dueText = try container.decode(String.self, forKey: .due)
        guard let due = Self.instant(from: dueText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .due, in: container, debugDescription: "not a UTC instant like 2026-12-15T00:00:00.000Z: \(dueText)")
        }
        self.init(
            deliveryId: try container.decode(Int64.self, forKey: .deliveryId),
            deadlineId: try container.decode(Int64.self, forKey: .deadlineId),
            title: try container.decode(String.self, forKey: .title),
            titleVi: try container.decode(String.self, forKey: .titleVi),
            due: due,
            kind: try container.decode(ReminderKind.self, forKey: .kind),
            days: try container.decode(Int.self, forKey: .days),
            communeCode: try container.decodeIfPresent(String.self, forKey: .communeCode),
            communeName: try container.decodeIfPresent(String.self, forKey: .communeName),
            model: try container.decodeIfPresent(String.self, forKey: .model),
            late: try container.decode(Bool.self, forKey: .late))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deliveryId, forKey: .deliveryId)
        try container.encode(deadlineId, forKey: .deadlineId)
        try container.encode(title, forKey: .title)
        try container.encode(titleVi, forKey: .titleVi)
        try container.encode(dueText, forKey: .due)
        try container.encode(kind, forKey: .kind)
        try container.encode(days, forKey: .days)
        try container.encodeIfPresent(communeCode, forKey: .communeCode)
        try container.encodeIfPresent(communeName, forKey: .communeName)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encode(late, forKey: .late)
    }

    /// `due` as the registry writes instants: `2026-12-15T00:00:00.000Z`.
    public var dueText: String {
        // The style truncates to the millisecond; half a millisecond on top of the rounded value
        // makes it round instead, so that an instant read back from its text prints the same.
        let milliseconds = (due.timeIntervalSince1970 * 1000).rounded()
        return Date(timeIntervalSince1970: (milliseconds + 0.5) / 1000).formatted(Self.instantStyle)
    }

    /// Parses an instant written as `dueText` writes it (the milliseconds may be left out).
    public static func instant(from text: String) -> Date? {
        (try? Date(text, strategy: instantStyle)) ?? (try? Date(text, strategy: Date.ISO8601FormatStyle()))
    }

    private static let instantStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
