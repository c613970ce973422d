import GRDB

/// Where a commune stands with one learning model (DOMAIN.md §6), in the order the district moves
/// communes through: study the criteria, pilot in a few villages, review the pilot (sơ kết), then
/// mass rollout (triển khai đại trà).
public enum RolloutPhase: String, Codable, Sendable, CaseIterable, Comparable, DatabaseValueConvertible {
    case notStarted
    case studyingCriteria
    case pilot
    case pilotReview
    case massRollout

    /// The position in the order, from 0 (not started) to 4 (mass rollout).
    public var step: Int { Self.allCases.firstIndex(of: self)! }

    /// The phase after this one; nil after mass rollout.
    public var next: RolloutPhase? {
        step + 1 < Self.allCases.count ? Self.allCases[step + 1] : nil
    }

    /// The phases a plan can set a day for: every phase but `notStarted`, where every commune begins.
    public static let planned: [RolloutPhase] = Array(allCases.dropFirst())

    public static func < (lhs: RolloutPhase, rhs: RolloutPhase) -> Bool { lhs.step < rhs.step }
}
