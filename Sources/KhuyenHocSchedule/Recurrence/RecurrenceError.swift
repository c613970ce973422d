/// Why a recurrence rule was refused: the rule part (`BYMONTHDAY`) and the reason
/// (`32 is not a day of a month`).
public struct RecurrenceError: Error, Sendable, Hashable, CustomStringConvertible {
    public let part: String
    public let reason: String

    public init(part: String, reason: String) {
        self.part = part
        self.reason = reason
    }

    public var description: String { "\(part): \(reason)" }
}
