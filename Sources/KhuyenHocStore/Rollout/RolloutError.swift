/// Why a rollout operation failed; each case maps to one declared error of `vn.khuyenhoc.Rollout`.
/// A failed operation has changed nothing.
public enum RolloutError: Error, Sendable, Hashable {
    /// No commune has this id.
    case communeNotFound(id: Int64)
    /// The commune no longer exists (merged into another, or ended) on the day of the change: its
    /// phases and plan are kept as history and can only be read.
    case communeReadOnly(Commune)
    /// A value cannot be used: the field as the API names it, and why.
    case invalidValue(field: String, reason: String)
    /// Going back, or skipping a phase, without a note saying why.
    case noteRequired(from: RolloutPhase, to: RolloutPhase)
    /// The registry's storage failed (``RegistryError/diskFull`` among others).
    case storage(RegistryError)
}

extension RolloutError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .communeNotFound(let id): "no commune with id \(id)"
        case .communeReadOnly(let commune):
            "\(commune.name) (\(commune.statisticsCode)) no longer exists (last day \(commune.validUntil?.description ?? "?")); its rollout is read-only"
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .noteRequired(let from, let to): "going from \(from.rawValue) to \(to.rawValue) is not the next step and needs a note"
        case .storage(let error): error.description
        }
    }
}
