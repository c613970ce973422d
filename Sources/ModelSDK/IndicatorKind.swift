/// How an indicator's points are reached.
public enum IndicatorKind: String, Codable, Sendable, CaseIterable {
    /// Points given directly, 0…maxPoints.
    case points
    /// Met or not met: all of maxPoints, or none.
    case met
    /// A share of members, in percent, turned into points by thresholds.
    case share
    /// A count of something, turned into points by thresholds.
    case count

    /// What a value of this kind is, for error messages.
    var valueDescription: String {
        switch self {
        case .points: "a number of points"
        case .met: "true or false"
        case .share: "a percentage from 0 to 100"
        case .count: "a whole number of 0 or more"
        }
    }
}
