/// A value a plugin derived from the facts for one of its measures.
public enum MeasuredValue: Sendable, Equatable {
    /// `count` of `of` members meet the measure; `of == 0` means it does not apply
    /// (say, a household without school-age children), and the indicator earns its full points.
    case share(Int, of: Int)
    case count(Int)
    case met(Bool)

    /// The share in percent, `count` as a number, `met` as 1 or 0; nil for a share of nobody.
    var number: Double? {
        switch self {
        case .share(_, of: 0): nil
        case .share(let count, let total): Double(count) * 100 / Double(total)
        case .count(let count): Double(count)
        case .met(let met): met ? 1 : 0
        }
    }

    var kind: IndicatorKind {
        switch self {
        case .share: .share
        case .count: .count
        case .met: .met
        }
    }
}
