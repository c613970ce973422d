/// The value an assessor gives one rubric indicator, in the kind the rubric declares for it.
public enum AssessedValue: Sendable, Hashable, CustomStringConvertible {
    /// Points, for a `points` indicator.
    case points(Int)
    /// Met or not, for a `met` indicator.
    case met(Bool)
    /// A whole number, for a `count` indicator.
    case count(Int)

    /// `8`, `true`, `12`: the value as it is written in the facts' `indicators`.
    public var description: String {
        switch self {
        case .points(let value), .count(let value): String(value)
        case .met(let value): value ? "true" : "false"
        }
    }
}
