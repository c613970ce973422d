/// Why a calendar could not be written; names the deadline and the field.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A deadline's field cannot be written as valid iCalendar.
    case invalidField(deadline: String, field: String, reason: String)
    /// Two deadlines share an id, so they would share a `UID`.
    case duplicateID(String)

    public var description: String {
        switch self {
        case let .invalidField(deadline, field, reason): return "deadline \(deadline): \(field): \(reason)"
        case let .duplicateID(id): return "two deadlines have the id \(id); each needs its own (it becomes the UID)"
        }
    }
}
